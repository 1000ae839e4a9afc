using Microsoft.Data.Sqlite;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>
/// Row values derived before the commit (decision 067): a prepared batch stores exactly what an unprepared one does,
/// and values prepared for other post instances are never stored.
/// </summary>
public sealed class PreparedPostRowTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private const string RowsSql = """
        SELECT p.post_id || '|' || p.created_at || '|' || p.day || '|' || p.entities_json || '|' || p.adverse_json || '|' || p.facet_tags
               || '|' || coalesce((SELECT group_concat(t.kind || ':' || t.value || ':' || t.name || ':' || t.label, ',')
                                   FROM (SELECT * FROM post_tags WHERE post_rowid = p.id ORDER BY kind, value) t), '')
          FROM posts p ORDER BY p.post_id
        """;

    [Fact]
    public async Task Commit_PreparedBatch_StoresTheSameRowsAsAnUnpreparedOne()
    {
        var posts = Posts();
        await Store.CommitAsync(new IngestBatch("test", null, posts, [], [], []), Ct);
        var unprepared = await RowsAsync();
        await Store.CommitAsync(new IngestBatch("test", null, [], [.. posts.Select(p => p.PostId)], [], []), Ct);

        await Store.CommitAsync(new IngestBatch("test", null, posts, [], [], []).WithPreparedRows(), Ct);

        unprepared.Should().HaveCount(posts.Length).And.Contain(r => r.Contains("brand:", StringComparison.Ordinal));
        (await RowsAsync()).Should().Equal(unprepared);
    }

    [Fact]
    public async Task Commit_RowsPreparedForOtherPostInstances_StoresWhatTheBatchsPostsSay()
    {
        var original = Post("drop:a", "author-1", Monday, "eliquis", "cardiology", Entity("Eliquis", "apixaban"));
        var changed = original with { CreatedAt = Monday.AddDays(2), Entities = [Entity("Ozempic", "semaglutide")] };
        var stale = new IngestBatch("test", null, [original], [], [], []).WithPreparedRows();

        await Store.CommitAsync(stale with { Upserts = [changed] }, Ct);

        var row = (await RowsAsync()).Single();
        row.Should().Contain("2026-03-04").And.Contain("Ozempic").And.NotContain("Eliquis");
    }

    private static TaggedEntity Entity(string name, string id) =>
        new(EntityType.Brand, name, 0, name.Length, id, name) { Aspect = new MentionAspect(Aspect.Cost, Sentiment.Negative) };

    private static TaggedPost[] Posts() =>
    [
        Post("drop:a", "author-1", Monday, "eliquis", "cardiology", Entity("Eliquis", "apixaban"), Entity("ELIQUIS", "apixaban")),
        Post("drop:b", "author-2", Monday.AddHours(30), "nothing tagged"),
        Post("drop:c", "author-1", Monday.AddDays(3), "ozempic", null,
            Entity("Ozempic", "semaglutide"), new TaggedEntity(EntityType.Disease, "afib", 0, 4, "I48.91", "Atrial fibrillation")),
    ];

    private async Task<List<string>> RowsAsync()
    {
        await using var connection = await Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = RowsSql;
        var rows = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
