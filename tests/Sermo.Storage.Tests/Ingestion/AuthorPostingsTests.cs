using Microsoft.Data.Sqlite;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>The SQLite posts_authors posting list that replaced the author index (opt-out itself is in the ingest store contract).</summary>
public sealed class AuthorPostingsTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Commit_PostReassignedToAnotherAuthor_PostingMovesToTheNewAuthor()
    {
        var post = Post("drop:a", "author-old", Monday, "semaglutide nausea");
        await UpsertAsync(post);
        await UpsertAsync(post with { AuthorKey = "author-new" });

        (await PostingsAsync("author-old")).Should().Be(0);
        (await PostingsAsync("author-new")).Should().Be(1);

        (await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-new"], []), Ct)).Deleted.Should().Be(1);
        (await PostingsAsync("author-new")).Should().Be(0);
    }

    [Fact]
    public async Task Migrate_StoreFromBeforeThePostings_BackfillsThemAndOptOutStillWorks()
    {
        // A file as the previous release left it: author index, insert triggers, two posts, two cube members.
        await using (var old = new SqliteConnection(ConnectionString))
        {
            await old.OpenAsync(Ct);
            await SqliteMigrations.ApplyAsync(old, Ct, version: SqliteMigrations.Before(SqliteAuthorPostingsMigration.Step));
            await using var insert = old.CreateCommand();
            insert.CommandText = """
                INSERT INTO posts (post_id, source, author_key, created_at, day, specialty, state, text, redactions,
                                   sentiment, sentiment_score, entities_json, adverse_json)
                VALUES ('drop:a', 'test', 'author-1', '2026-03-02T10:00:00Z', '2026-03-02', 'cardiology', 'TX', 'one', 0, 0, 0, '[]', '[]'),
                       ('drop:b', 'test', 'author-2', '2026-03-02T10:00:00Z', '2026-03-02', 'cardiology', 'TX', 'two', 0, 0, 0, '[]', '[]');
                INSERT INTO cube_members (author_key) VALUES ('author-1'), ('author-2');
                """;
            await insert.ExecuteNonQueryAsync(Ct);
        }

        SqliteConnection.ClearAllPools();

        (await Store.GetTotalsAsync(Ct)).Posts.Should().Be(2);
        (await ScalarAsync("PRAGMA user_version")).Should().Be(SqliteMigrations.Latest);
        (await PostingsAsync("author-1")).Should().Be(1);
        (await PostingsAsync("author-2")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name IN ('ix_posts_author', 'posts_ai', 'posts_tags_ai', 'ingest_bulk_mode')")).Should().Be(0);
        (await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-2"], []), Ct)).Deleted.Should().Be(1);
        await Cube.RollupAsync(Ct);
        (await ScalarAsync("SELECT count(*) FROM cube_members")).Should().Be(1, "the members present at the upgrade are checked once");
        (await FtsCountAsync("one")).Should().Be(1);
    }

    private Task<long> PostingsAsync(string authorKey) =>
        ScalarAsync($"SELECT count(*) FROM posts_authors WHERE {SqliteAuthorPostingsMigration.MatchAuthor($"'{authorKey}'")}");
}
