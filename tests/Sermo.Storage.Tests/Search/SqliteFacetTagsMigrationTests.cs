using Microsoft.Data.Sqlite;
using Sermo.Analytics.Query;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Search;

/// <summary>The step that adds <c>posts.facet_tags</c> (decision 054) to files written before it.</summary>
public sealed class SqliteFacetTagsMigrationTests : TempStore
{
    [Fact]
    public async Task Migrate_StoreFromBeforeFacetTags_BackfillsThemWithoutDirtyingTheCube()
    {
        // A file as the previous release left it: two indexed posts whose tag rows the update trigger derived.
        await using (var old = new SqliteConnection(ConnectionString))
        {
            await old.OpenAsync(Ct);
            await SqliteMigrations.ApplyAsync(old, Ct, version: SqliteMigrations.Before(SqliteSearchFacetTagsMigration.Step));
            await using var insert = old.CreateCommand();
            insert.CommandText = """
                INSERT INTO posts (post_id, source, author_key, created_at, day, specialty, state, text, redactions,
                                   sentiment, sentiment_score, entities_json, adverse_json)
                VALUES ('drop:a', 'test', 'author-1', '2026-03-02T10:00:00Z', '2026-03-02', 'cardiology', 'TX', 'eliquis for afib, not warfarin', 0, 0, 0,
                        '[{"text":"eliquis","canonicalId":"apixaban","canonicalName":"Eliquis"},{"type":"disease","text":"afib","canonicalId":"I48.91","canonicalName":"Atrial fibrillation"},{"text":"warfarin","canonicalId":"warfarin","canonicalName":"Coumadin","negated":true}]', '[]'),
                       ('drop:b', 'test', 'author-2', '2026-03-02T10:00:00Z', '2026-03-02', 'cardiology', 'TX', 'nothing tagged', 0, 0, 0, '[]', '[]');
                INSERT INTO posts_fts(rowid, text) SELECT id, text FROM posts;
                INSERT INTO posts_authors(rowid, author) SELECT id, hex(author_key) FROM posts;
                UPDATE posts SET entities_json = entities_json;
                DELETE FROM cube_dirty_days;
                """;
            await insert.ExecuteNonQueryAsync(Ct);
        }

        SqliteConnection.ClearAllPools();

        (await Store.GetTotalsAsync(Ct)).Posts.Should().Be(2);
        (await ScalarAsync("PRAGMA user_version")).Should().Be(SqliteMigrations.Latest);
        (await FacetTagsAsync("drop:a")).Should().Be("beliquis\u001fEliquis\u001edI48.91\u001fAtrial fibrillation");
        (await FacetTagsAsync("drop:b")).Should().BeEmpty();
        // The later aspect-cue step marks every day with posts once (decision 048), so the back-fill's own effect is
        // checked by re-running its statement on a clean slate.
        (await DirtyDaysAsync()).Should().Be(1, "the aspect-cue migration marks the one day with posts");
        (await ScalarAsync($"DELETE FROM cube_dirty_days; UPDATE posts SET facet_tags = {SqliteSearchFacetTagsMigration.Derive("posts.id")}; SELECT changes()")).Should().Be(2);
        (await DirtyDaysAsync()).Should().Be(0, "writing facet_tags is not a change of the post");
        (await FtsCountAsync("eliquis")).Should().Be(1);

        // A later re-tag re-derives the string, and the FTS5 row and cube day follow the entities change.
        (await ScalarAsync("""UPDATE posts SET entities_json = '[{"text":"eliquis","canonicalId":"apixaban","canonicalName":"Eliquis"}]' WHERE post_id = 'drop:a'; SELECT changes()""")).Should().Be(1);
        (await FacetTagsAsync("drop:a")).Should().Be("beliquis\u001fEliquis");
        (await DirtyDaysAsync()).Should().Be(1);
        (await FtsCountAsync("eliquis")).Should().Be(1);
    }

    [Fact]
    public async Task Search_FacetsOfAMigratedFile_CountTheBackfilledTags()
    {
        var posts = Enumerable.Range(0, 5).Select(i => Post($"drop:{i}", $"author-{i}", new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), "eliquis again",
            entities: new Analytics.Tagging.TaggedEntity(Analytics.Tagging.EntityType.Brand, "eliquis", 0, 7, "apixaban", "Eliquis"))).ToArray();
        await UpsertAsync(posts);
        // As if the posts predated the column: blank it and re-run the back-fill statement.
        (await ScalarAsync($"UPDATE posts SET facet_tags = ''; UPDATE posts SET facet_tags = {SqliteSearchFacetTagsMigration.Derive("posts.id")}; SELECT count(*) FROM posts WHERE facet_tags <> ''")).Should().Be(5);

        var index = new SqliteSearchIndex(Database, Store, Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
        var result = await index.SearchAsync(new SearchRequest(QueryParser.Parse("eliquis")), Ct);
        result.Facets.Single(f => f.Name == "brand").Values.Should().Equal(new FacetValue("eliquis", "Eliquis", 5));
    }

    private async Task<string> FacetTagsAsync(string postId)
    {
        await using var connection = await Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT facet_tags FROM posts WHERE post_id = $id";
        command.Parameters.AddWithValue("$id", postId);
        return (string)(await command.ExecuteScalarAsync(Ct))!;
    }
}
