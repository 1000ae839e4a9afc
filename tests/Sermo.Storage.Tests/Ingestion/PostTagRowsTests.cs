using Microsoft.Data.Sqlite;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>
/// New posts get their tag rows from C# (PostTagRows); a re-tagged post gets them from the SQL trigger (TagRows).
/// Both must write the same rows, or a post's facets would change when it is re-tagged with identical entities.
/// </summary>
public sealed class PostTagRowsTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly (EntityType Type, string Id, string Name)[] Pool =
    [
        (EntityType.Brand, "apixaban", "Eliquis"), (EntityType.Brand, "apixaban", "ELIQUIS"), (EntityType.Brand, "Semaglutide", "Ozempic"),
        (EntityType.Brand, "semaglutide", "Wegovy"), (EntityType.Generic, "apixaban", "apixaban"), (EntityType.Generic, "Metformin", "metformin"),
        (EntityType.Disease, "I48.91", "Atrial fibrillation"), (EntityType.Disease, "I48.91", "atrial fibrillation"),
        (EntityType.Disease, "E11.9", "Type 2 diabetes mellitus"), (EntityType.Disease, "G35", "Sclérose en plaques"),
        (EntityType.Brand, "insulin glargine", "Lantus Ümlaut"), (EntityType.Device, "dev-1", "Pump"), (EntityType.AdverseEvent, "bleeding", "bleeding"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Commit_RandomEntities_InsertRowsEqualTheTriggersRowsAfterRetag(int seed)
    {
        var random = new Random(seed);
        var posts = Enumerable.Range(0, 200).Select(i =>
        {
            var entities = Enumerable.Range(0, random.Next(5)).Select(_ =>
            {
                var (type, id, name) = Pool[random.Next(Pool.Length)];
                var aspect = type is EntityType.Brand or EntityType.Generic && random.Next(3) > 0
                    ? new MentionAspect((Aspect)random.Next(1, 6), (Sentiment)random.Next(-1, 2))
                    : null;
                return new TaggedEntity(type, name, 0, 0, id, name, Negated: random.Next(6) == 0) { Aspect = aspect };
            }).ToArray();
            return Post($"drop:p{i}", $"author-{i % 7}", Monday.AddHours(i), "text", "cardiology", entities);
        }).ToArray();
        await UpsertAsync(posts);
        var fromInsert = await TagRowsAsync();
        var facetsFromInsert = await FacetTagsAsync();

        // Rewriting entities_json fires the update trigger, which re-derives every post's rows (and facet_tags,
        // blanked first so only the trigger can restore it) in SQL.
        (await ScalarAsync("UPDATE posts SET facet_tags = ''; UPDATE posts SET entities_json = entities_json; SELECT changes()")).Should().Be(200);
        var fromTrigger = await TagRowsAsync();

        // posts.facet_tags (decision 054): the ingest store's C# string and the trigger's SQL one agree too.
        facetsFromInsert.Should().Contain(f => f.Contains('\u001e', StringComparison.Ordinal), "posts with two or more brand/disease tags join them");
        facetsFromInsert.Should().Contain("", "a post without brand or disease tags has an empty string");
        facetsFromInsert.Should().Equal(await FacetTagsAsync());

        fromInsert.Should().NotBeEmpty();
        fromInsert.Should().Contain(r => r.StartsWith("aspect|", StringComparison.Ordinal) && r.Contains(':', StringComparison.Ordinal), "mentions with an aspect add aspect rows");
        fromInsert.Should().Equal(fromTrigger);
    }

    [Fact]
    public async Task Commit_BatchMixingUpdatesInsertsAndARepeatedPost_TagRowsOnTheirOwnPosts()
    {
        // New posts' rowids are taken at their insert (decision 103): an update between two inserts, and a post
        // inserted then updated within the batch, must not shift any tag row onto another post.
        static TaggedEntity Brand(string name, string id) => new(EntityType.Brand, name, 0, 0, id, name);
        await UpsertAsync(
            Post("drop:old1", "author-1", Monday, "one", "cardiology", Brand("Eliquis", "apixaban")),
            Post("drop:old2", "author-2", Monday, "two", "cardiology", Brand("Ozempic", "semaglutide")));
        await UpsertAsync(
            Post("drop:new1", "author-3", Monday, "three", "cardiology", Brand("Wegovy", "semaglutide")),
            Post("drop:old1", "author-1", Monday, "one, edited", "cardiology", Brand("Xarelto", "rivaroxaban")),
            Post("drop:new2", "author-4", Monday, "four", "cardiology", Brand("Jardiance", "empagliflozin")),
            Post("drop:new1", "author-3", Monday, "three, edited", "cardiology", Brand("Mounjaro", "tirzepatide")),
            Post("drop:new3", "author-5", Monday, "five", "cardiology", Brand("Lantus", "insulin glargine")));

        var byPost = await ByPostAsync();
        (await ScalarAsync("UPDATE posts SET entities_json = entities_json; SELECT changes()")).Should().Be(5);

        byPost.Should().Equal(
            "drop:new1|brand:mounjaro,generic:tirzepatide", "drop:new2|brand:jardiance,generic:empagliflozin",
            "drop:new3|brand:lantus,generic:insulin glargine", "drop:old1|brand:xarelto,generic:rivaroxaban",
            "drop:old2|brand:ozempic,generic:semaglutide");
        (await ByPostAsync()).Should().Equal(byPost, "the trigger's rows for the same entities are the insert's");
    }

    [Theory]
    [InlineData(Aspect.Access, Sentiment.Negative, "access", "access:negative")]
    [InlineData(Aspect.Dosing, Sentiment.Neutral, "dosing", "dosing:neutral")]
    [InlineData((Aspect)9, (Sentiment)2, "9", "9:2")]
    public void For_AspectMention_RowsNamedByTheAspectAndItsPolarity(Aspect aspect, Sentiment polarity, string name, string pair)
    {
        // The names come from a table made once (decision 131); a value outside the enums is still named, not dropped.
        var mention = new TaggedEntity(EntityType.Brand, "Eliquis", 0, 7, "apixaban", "Eliquis") { Aspect = new MentionAspect(aspect, polarity) };

        var rows = PostTagRows.For([mention]);

        rows.Where(r => r.Kind == "aspect").Select(r => (r.Value, r.Name, r.Label))
            .Should().Equal((name, name, name), (pair, pair, pair));
    }

    [Fact]
    public async Task Commit_EmptyCanonicalName_StoredAsEmptyTextAsTheTriggerDoes()
    {
        // Tag strings are bound as cached UTF-8 bytes (decision 095): empty ones must stay empty text, not NULL.
        await UpsertAsync(Post("drop:empty", "author", Monday, "text", "cardiology", new TaggedEntity(EntityType.Brand, "x", 0, 0, "", "")));
        var fromInsert = await TagRowsAsync();
        (await ScalarAsync("UPDATE posts SET entities_json = entities_json; SELECT changes()")).Should().Be(1);

        fromInsert.Should().Equal("brand||1||", "generic||1||");
        (await TagRowsAsync()).Should().Equal(fromInsert);
    }

    [Fact]
    public async Task Commit_TagWithoutANameAfterManyRows_ThrowsAndStoresNoTagRowsOfTheBatch()
    {
        // The nameless disease's row falls inside a multi-row statement (decision 095), after rows of other posts that
        // statement has already written, and NOT NULL fails there; the batch's transaction must leave nothing behind.
        var posts = Enumerable.Range(0, 100)
            .Select(i => i == 10
                ? Post("drop:nameless", "author", Monday, "text", "cardiology", new TaggedEntity(EntityType.Disease, "af", 0, 0, "I48.91", null!))
                : Post($"drop:p{i}", "author", Monday.AddHours(i), "text", "cardiology", new TaggedEntity(EntityType.Brand, "Eliquis", 0, 0, "apixaban", "Eliquis")))
            .ToArray();

        var commit = () => UpsertAsync(posts);

        (await commit.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("post_tags.name");
        (await ScalarAsync("SELECT (SELECT count(*) FROM post_tags) + (SELECT count(*) FROM posts)")).Should().Be(0);
    }

    private async Task<List<string>> ByPostAsync()
    {
        await using var connection = await Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.post_id || '|' || (SELECT group_concat(t.kind || ':' || t.value, ',')
                                          FROM (SELECT kind, value FROM post_tags WHERE post_rowid = p.id ORDER BY kind, value) t)
              FROM posts p ORDER BY p.post_id
            """;
        var rows = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task<List<string>> FacetTagsAsync()
    {
        await using var connection = await Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT facet_tags FROM posts ORDER BY id";
        var rows = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task<List<string>> TagRowsAsync()
    {
        await using var connection = await Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, value, post_rowid, name, label FROM post_tags ORDER BY post_rowid, kind, value";
        var rows = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetInt64(2)}|{reader.GetString(3)}|{reader.GetString(4)}");
        }

        return rows;
    }
}
