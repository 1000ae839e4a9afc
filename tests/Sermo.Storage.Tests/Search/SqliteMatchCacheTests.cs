using System.Text.Json;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Query;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// The SQLite backend's match cache (decision 061): an answer from the cache is the answer a fresh search gives, and
/// any commit that changes posts (by another connection, as an <c>ingest</c> beside <c>serve</c> makes) ends every
/// entry, while commits to other tables (the refusal audit, checkpoints) keep them (decision 069).
/// </summary>
public sealed class SqliteMatchCacheTests : IAsyncLifetime
{
    private const int K = 5;
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Queries =
    [
        "bleeding", "eliquis OR humira", "\"major bleeding\" NOT warfarin", "metfor*", "brand:eliquis", "disease:E11",
        "specialty:cardiology bleeding", "sentiment:negative brand:xarelto", "dose date:2026-01-20..2026-02-10", "state:TX",
    ];

    private readonly TempDataFolder _folder = new("search-tests", create: false);
    private SqliteDatabase _database = null!;
    private SqliteSearchIndex _cached = null!;
    private SqliteSearchIndex _uncached = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = Database();
        var store = new SqliteIngestStore(_database, TimeProvider.System);
        _cached = new SqliteSearchIndex(_database, store, Options.Create(new SearchOptions { K = K }));
        _uncached = new SqliteSearchIndex(_database, store, Options.Create(new SearchOptions { K = K, CacheEntries = 0 }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _cached.DisposeAsync();
        await _uncached.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Search_RepeatedQueriesPagesAndSorts_SameAnswersAsWithoutCache()
    {
        await _cached.IndexAsync(Corpus(400), Ct);
        foreach (var text in Queries)
        {
            foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Newest })
            {
                foreach (var interval in new[] { BucketInterval.Week, BucketInterval.Day })
                {
                    // Twice over every page of 7, then one long page: the second pass and the pages after the first come from the cache.
                    for (var pass = 0; pass < 2; pass++)
                    {
                        string? cursor = null;
                        do
                        {
                            var request = new SearchRequest(QueryParser.Parse(text), sort, Size: 7, Cursor: cursor, Interval: interval);
                            var expected = await _uncached.SearchAsync(request, Ct);
                            var actual = await _cached.SearchAsync(request, Ct);
                            Json(actual).Should().Be(Json(expected), "'{0}' sorted by {1}, cursor {2}", text, sort, cursor);
                            actual.AuthorsUpToK.Should().Be(expected.AuthorsUpToK);
                            cursor = expected.NextCursor;
                        }
                        while (cursor is not null);
                    }

                    var longPage = new SearchRequest(QueryParser.Parse(text), sort, Size: 200, Interval: interval, Aggregations: false);
                    Json(await _cached.SearchAsync(longPage, Ct)).Should().Be(Json(await _uncached.SearchAsync(longPage, Ct)));
                }
            }
        }

        _cached.CacheHits.Should().BeGreaterThan(Queries.Length * 4, "the repeated passes were answered from the cache");
        _uncached.CacheHits.Should().Be(0);
    }

    [Fact]
    public async Task Search_PostsCommittedByAnotherDatabaseObject_NextAnswerCountsThem()
    {
        await _cached.IndexAsync(Corpus(100), Ct);
        var before = await _cached.SearchAsync(Request("bleeding"), Ct);
        (await _cached.SearchAsync(Request("bleeding"), Ct)).Total.Should().Be(before.Total);
        var hits = _cached.CacheHits;

        // Another SqliteDatabase over the same file: its own connections, as another process's would be.
        var other = new SqliteIngestStore(Database(), TimeProvider.System);
        await other.CommitAsync(new IngestBatch("test", null, Corpus(100, idPrefix: "late-"), [], [], []), Ct);

        var after = await _cached.SearchAsync(Request("bleeding"), Ct);
        _cached.CacheHits.Should().Be(hits, "the commit made the cached match stale");
        after.Total.Should().BeGreaterThan(before.Total!.Value);
        Json(after).Should().Be(Json(await _uncached.SearchAsync(Request("bleeding"), Ct)));
    }

    [Fact]
    public async Task Search_AuthorOptedOutThroughTheStore_GoneFromHitsAndFacetsAtOnce()
    {
        await _cached.IndexAsync(Corpus(200), Ct);
        var before = await _cached.SearchAsync(Request("eliquis OR humira"), Ct);
        (await _cached.SearchAsync(Request("eliquis OR humira"), Ct)).Total.Should().Be(before.Total);

        var other = new SqliteIngestStore(Database(), TimeProvider.System);
        await other.CommitAsync(new IngestBatch("test", null, [], [], ["author-0"], []), Ct);

        var after = await _cached.SearchAsync(Request("eliquis OR humira"), Ct);
        after.Total.Should().BeLessThan(before.Total!.Value);
        after.Hits.Should().NotContain(h => h.PostId.EndsWith("-0", StringComparison.Ordinal), "author-0 wrote the posts whose ids end in -0");
        Json(after).Should().Be(Json(await _uncached.SearchAsync(Request("eliquis OR humira"), Ct)));
    }

    [Fact]
    public async Task Generation_PostsInsertedByAnotherConnection_NextGenerationOnlyThen()
    {
        await using var generation = new SqliteSearchGeneration(_database);
        await _cached.IndexAsync(Corpus(10), Ct);
        var first = await generation.CurrentAsync(Ct);
        (await generation.CurrentAsync(Ct)).Should().Be(first);

        await _cached.IndexAsync(Corpus(10, idPrefix: "more-"), Ct);
        var second = await generation.CurrentAsync(Ct);
        second.Should().BeGreaterThan(first);
        (await generation.CurrentAsync(Ct)).Should().Be(second);
    }

    [Fact]
    public async Task Generation_PostUpdatedOrDeletedOutsideTheIngestStore_Moves()
    {
        await using var generation = new SqliteSearchGeneration(_database);
        await _cached.IndexAsync(Corpus(10), Ct);
        var first = await generation.CurrentAsync(Ct);

        // A re-tag writes posts directly (PostSentimentStore): the trigger, not the writer, moves the generation.
        await ExecuteAsync("UPDATE posts SET sentiment = CASE WHEN sentiment = 1 THEN 0 ELSE 1 END WHERE id = (SELECT min(id) FROM posts)");
        var second = await generation.CurrentAsync(Ct);
        second.Should().BeGreaterThan(first);

        await ExecuteAsync("DELETE FROM posts WHERE id = (SELECT max(id) FROM posts)");
        (await generation.CurrentAsync(Ct)).Should().BeGreaterThan(second);
    }

    [Fact]
    public async Task Generation_RefusalAuditedAndOtherTablesWritten_Unchanged()
    {
        await using var generation = new SqliteSearchGeneration(_database);
        await _cached.IndexAsync(Corpus(10), Ct);
        var first = await generation.CurrentAsync(Ct);

        await new SearchRefusals(Database()).RecordAsync(new SearchAsker("cli:ana", "state:WY"), Start, "fewer than k = 5 authors", Ct);
        await ExecuteAsync("INSERT INTO checkpoints (source, cursor, updated_at) VALUES ('feed', '42', '2026-12-03T10:00:00Z')");
        // An ingest batch that only moves its checkpoint and repeats an unchanged post commits, but changes no post.
        await _cached.IndexAsync(Corpus(10), Ct);

        (await generation.CurrentAsync(Ct)).Should().Be(first);
    }

    [Fact]
    public async Task Search_RefusalAuditedBetweenRepeats_AnsweredFromCache()
    {
        await _cached.IndexAsync(Corpus(100), Ct);
        await _cached.SearchAsync(Request("bleeding"), Ct);
        var hits = _cached.CacheHits;

        await new SearchRefusals(Database()).RecordAsync(new SearchAsker("cli:ana", "state:WY"), Start, "fewer than k = 5 authors", Ct);

        var repeated = await _cached.SearchAsync(Request("bleeding"), Ct);
        _cached.CacheHits.Should().Be(hits + 1, "an audit row changes no post");
        Json(repeated).Should().Be(Json(await _uncached.SearchAsync(Request("bleeding"), Ct)));
    }

    [Fact]
    public async Task Search_PostDeletedByAnotherConnection_CacheEndedAndPostGone()
    {
        await _cached.IndexAsync(Corpus(100), Ct);
        var before = await _cached.SearchAsync(Request("bleeding"), Ct);
        var hits = _cached.CacheHits;
        var gone = before.Hits[0].PostId;

        var other = new SqliteIngestStore(Database(), TimeProvider.System);
        await other.CommitAsync(new IngestBatch("test", null, [], [gone], [], []), Ct);

        var after = await _cached.SearchAsync(Request("bleeding"), Ct);
        _cached.CacheHits.Should().Be(hits, "the deletion ended the cached match");
        after.Total.Should().Be(before.Total - 1);
        after.Hits.Should().NotContain(h => h.PostId == gone);
    }

    [Fact]
    public void Cache_OverCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new SqliteMatchCache(2);
        var summary = new MatchSummary(1, K, [new MatchedPost(1, 0, 20260105000000)], [], []);
        cache.Store("a", 1, summary);
        cache.Store("b", 1, summary);
        cache.Find("a", 1, 0, 1).Should().NotBeNull();
        cache.Store("c", 1, summary);

        cache.Find("b", 1, 0, 1).Should().BeNull("b was the least recently used");
        cache.Find("a", 1, 0, 1).Should().NotBeNull();
        cache.Find("c", 1, 0, 1).Should().NotBeNull();
        cache.Find("a", 2, 0, 1).Should().BeNull("a new generation empties the cache");
        cache.Store("d", 1, summary);
        cache.Find("d", 2, 0, 1).Should().BeNull("a summary of an older generation is not kept");
    }

    [Fact]
    public void Cache_PageBeyondTheLeadingHits_IsAMiss()
    {
        var cache = new SqliteMatchCache(4);
        var leading = Enumerable.Range(0, 200).Select(i => new MatchedPost(i, 0, 20260105000000)).ToList();
        cache.Store("q", 1, new MatchSummary(1_000, K, leading, [], []));
        cache.Find("q", 1, 180, 20).Should().NotBeNull();
        cache.Find("q", 1, 190, 20).Should().BeNull();
        cache.Store("all", 1, new MatchSummary(3, K, leading.Take(3).ToList(), [], []));
        cache.Find("all", 1, 100, 20).Should().NotBeNull("every hit is held, so any page is known (empty)");
    }

    private SqliteDatabase Database() =>
        new(Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(_folder, "store.db") }));

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database().OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        (await command.ExecuteNonQueryAsync(Ct)).Should().Be(1);
    }

    private static SearchRequest Request(string query) => new(QueryParser.Parse(query), Size: 50);

    private static string Json(SearchResult result) => JsonSerializer.Serialize(result);

    /// <summary>Posts by 23 authors over eight weeks: brands, a disease, adverse events, segments and sentiments mixed.</summary>
    private static List<TaggedPost> Corpus(int count, string idPrefix = "")
    {
        var random = new Random(count + idPrefix.Length);
        string[] words = ["dose", "major", "bleeding", "warfarin", "metformin", "metforminum", "rash", "stopped", "switched", "renal"];
        string[] specialties = ["cardiology", "endocrinology", "rheumatology"];
        string[] states = ["TX", "OH", "CA"];
        var posts = new List<TaggedPost>();
        for (var i = 0; i < count; i++)
        {
            var brand = (i % 4) switch { 0 => "Eliquis", 1 => "Humira", 2 => "Xarelto", _ => null };
            var text = (brand ?? "no brand") + " " + string.Join(' ', Enumerable.Range(0, 6).Select(_ => words[random.Next(words.Length)]));
            var entities = new List<TaggedEntity>();
            if (brand is not null)
            {
                entities.Add(new TaggedEntity(EntityType.Brand, brand, 0, brand.Length, brand.ToLowerInvariant() + "-generic", brand));
            }

            if (i % 3 == 0)
            {
                entities.Add(new TaggedEntity(EntityType.Disease, "type 2 diabetes", 0, 15, "E11.9", "Type 2 diabetes mellitus"));
            }

            posts.Add(new TaggedPost($"{idPrefix}{i}-{i % 23}", "test", $"author-{i % 23}", Start.AddHours(i * 3.7), specialties[i % 3], states[i % 3 == 1 ? 1 : i % 2 * 2],
                text, 0, entities, [], (Sentiment)(random.Next(3) - 1), 0));
        }

        return posts;
    }
}
