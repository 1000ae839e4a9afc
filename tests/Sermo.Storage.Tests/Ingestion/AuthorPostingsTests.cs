using Microsoft.Data.Sqlite;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>Opt-out and member bookkeeping through the posts_authors posting list that replaced the author index.</summary>
public sealed class AuthorPostingsTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("author-1")]
    [InlineData("dr \"quoted\" key")]
    [InlineData("clé-ünïcode")]
    [InlineData("a OR b")]
    [InlineData("NOT")]
    public async Task Commit_DeleteByOddAuthorKey_RemovesOnlyThatExactAuthor(string key)
    {
        // Neighbours that a token, prefix or case-folding match would wrongly catch.
        string[] others = [key + "x", key[..^1], key.ToUpperInvariant() == key ? key.ToLowerInvariant() : key.ToUpperInvariant(), "b", "author"];
        await UpsertAsync([Post("drop:mine1", key, Monday, "apixaban"), Post("drop:mine2", key, Monday.AddDays(1), "apixaban"),
            .. others.Distinct().Where(o => o != key).Select((o, i) => Post($"drop:other{i}", o, Monday, "apixaban"))]);
        var before = await ScalarAsync("SELECT count(*) FROM posts");

        var outcome = await Store.CommitAsync(new IngestBatch("test", null, [], [], [key], []), Ct);

        outcome.Deleted.Should().Be(2);
        (await ScalarAsync("SELECT count(*) FROM posts")).Should().Be(before - 2);
        (await ScalarAsync("SELECT count(*) FROM posts WHERE post_id LIKE 'drop:mine%'")).Should().Be(0);
        (await FtsCountAsync("apixaban")).Should().Be(before - 2);
    }

    [Fact]
    public async Task Commit_DeleteByEmptyAuthorKey_DeletesNothing()
    {
        await UpsertAsync(Post("drop:a", "author-1", Monday, "apixaban"));

        var outcome = await Store.CommitAsync(new IngestBatch("test", null, [], [], [""], []), Ct);

        outcome.Deleted.Should().Be(0);
        (await Store.GetTotalsAsync(Ct)).Posts.Should().Be(1);
    }

    [Fact]
    public async Task Commit_PostReassignedToAnotherAuthor_OptOutFollowsTheNewAuthor()
    {
        var post = Post("drop:a", "author-old", Monday, "semaglutide nausea");
        await UpsertAsync(post);
        await UpsertAsync(post with { AuthorKey = "author-new" });

        (await PostingsAsync("author-old")).Should().Be(0);
        (await PostingsAsync("author-new")).Should().Be(1);

        (await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-old"], []), Ct)).Deleted.Should().Be(0);
        (await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-new"], []), Ct)).Deleted.Should().Be(1);
        (await PostingsAsync("author-new")).Should().Be(0);
    }

    [Fact]
    public async Task Rollup_AuthorsLastPostGone_MemberForgottenOthersKept()
    {
        await UpsertAsync(
            Post("drop:a", "author-1", Monday, "one"), Post("drop:b", "author-1", Monday, "two"),
            Post("drop:c", "author-2", Monday, "three"), Post("drop:d", "author-3", Monday, "four"));
        await Cube.RollupAsync(Ct);
        (await ScalarAsync("SELECT count(*) FROM cube_members")).Should().Be(3);

        // author-1 loses one of two posts, author-2 loses its only post, author-3 opts out.
        await Store.CommitAsync(new IngestBatch("test", null, [], ["drop:a", "drop:c"], ["author-3"], []), Ct);
        await Cube.RollupAsync(Ct);

        (await ScalarAsync("SELECT count(*) FROM cube_members WHERE author_key = 'author-1'")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM cube_members")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM cube_member_checks")).Should().Be(0, "checks are consumed by the rollup");
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
