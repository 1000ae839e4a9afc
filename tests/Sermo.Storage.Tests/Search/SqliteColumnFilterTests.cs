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
/// Queries without text answered from the in-memory columns alone (decision 094): on the same store, every answer equals
/// the SQL pass's (the index with the columns off), for the search bench's filter shapes and the NULL, NOT and OR cases
/// where SQL's three-valued logic shows, and stays equal after posts are inserted, re-tagged and deleted behind the copy.
/// </summary>
public sealed class SqliteColumnFilterTests : IAsyncLifetime
{
    private const int K = 5;
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The bench's eight filter-only shapes (bench/search/http/queries.lua) on this corpus's values, then the hard cases.</summary>
    private static readonly string[] Queries =
    [
        "brand:humira", "disease:E11", "sentiment:negative brand:xarelto", "ae:true brand:eliquis", "state:TX disease:I48",
        "generic:apixaban", "disease:C50 sentiment:positive", "brand:eliquis date:2026-01-20..2026-02-10",
        "specialty:cardiology", "brand:humira NOT specialty:cardiology", "disease:E11 NOT state:tx", "state:oh OR specialty:oncology",
        "brand:eliquis OR disease:I48", "specialty:oncology NOT (brand:eliquis OR disease:E11)", "disease:\"atrial fibrillation\"", "disease:E1",
        "ae:false", "sentiment:neutral date:2026-02-01..", "brand:nosuchbrand",
    ];

    private readonly TempDataFolder _folder = new("search-tests", create: false);
    private SqliteSearchIndex _columns = null!;
    private SqliteSearchIndex _sql = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var database = Database();
        var store = new SqliteIngestStore(database, TimeProvider.System);
        _columns = new SqliteSearchIndex(database, store, Options.Create(new SearchOptions { K = K, CacheEntries = 0 }));
        _sql = new SqliteSearchIndex(database, store, Options.Create(new SearchOptions { K = K, CacheEntries = 0, ColumnRows = 0 }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _columns.DisposeAsync();
        await _sql.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Search_FilterOnlyQueries_AnsweredFromTheColumnsAsTheSqlPassAnswers()
    {
        await _columns.IndexAsync(Corpus(500), Ct);
        await BuildAsync();
        var filterPasses = _columns.ColumnFilterPasses;
        foreach (var text in Queries)
        {
            foreach (var sort in new[] { SearchSort.Newest, SearchSort.Relevance })
            {
                foreach (var interval in new[] { BucketInterval.Week, BucketInterval.Day })
                {
                    string? cursor = null;
                    do
                    {
                        var request = new SearchRequest(QueryParser.Parse(text), sort, Size: 25, Cursor: cursor, Interval: interval);
                        var expected = await _sql.SearchAsync(request, Ct);
                        var actual = await _columns.SearchAsync(request, Ct);
                        Json(actual).Should().Be(Json(expected), "'{0}' sorted by {1}, by {2}, cursor {3}", text, sort, interval, cursor);
                        actual.AuthorsUpToK.Should().Be(expected.AuthorsUpToK);
                        cursor = expected.NextCursor;
                    }
                    while (cursor is not null);
                }
            }
        }

        _columns.ColumnFilterPasses.Should().BeGreaterThanOrEqualTo(filterPasses + Queries.Length * 4, "no query here has text");
        (await _sql.SearchAsync(Request("brand:humira"), Ct)).Total.Should().BePositive("the corpus must exercise the filters");
    }

    [Fact]
    public async Task Search_TextWithConditions_ConditionsFromTheColumnsSameAnswersAsTheSqlJoin()
    {
        await _columns.IndexAsync(Corpus(500), Ct);
        await BuildAsync();
        foreach (var text in new[]
        {
            "bleeding specialty:cardiology", "bleeding NOT specialty:cardiology", "dose state:tx disease:I48", "bleeding brand:eliquis date:2026-01-20..2026-02-10",
            "bleeding disease:\"atrial fibrillation\" NOT ae:true", "dose (state:oh OR specialty:oncology) sentiment:negative", "bleeding brand:nosuchbrand",
        })
        {
            foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Newest })
            {
                var request = new SearchRequest(QueryParser.Parse(text), sort, Size: 50);
                var passes = _columns.ColumnPasses;
                var actual = await _columns.SearchAsync(request, Ct);
                _columns.ColumnPasses.Should().Be(passes + 1, "'{0}' is read through the columns", text);
                Json(actual).Should().Be(Json(await _sql.SearchAsync(request, Ct)), "'{0}' sorted by {1}", text, sort);
            }
        }
    }

    [Fact]
    public async Task Search_FilterQueryWithText_LeftToSqlite()
    {
        await _columns.IndexAsync(Corpus(100), Ct);
        await BuildAsync();
        var filterPasses = _columns.ColumnFilterPasses;
        var answer = await _columns.SearchAsync(Request("brand:eliquis OR bleeding"), Ct);
        _columns.ColumnFilterPasses.Should().Be(filterPasses, "text under OR needs FTS5");
        Json(answer).Should().Be(Json(await _sql.SearchAsync(Request("brand:eliquis OR bleeding"), Ct)));
    }

    [Fact]
    public async Task Search_PostsInsertedRetaggedAndDeletedBehindTheColumns_FilterAnswersFollowAtOnce()
    {
        await _columns.IndexAsync(Corpus(300), Ct);
        await BuildAsync();
        var other = new SqliteIngestStore(Database(), TimeProvider.System);

        // Re-tag: post 1 (Humira) now mentions Eliquis with atrial fibrillation; posts 4 and 8 (Eliquis) lose their tags.
        var retagged = Corpus(300).Where(p => p.PostId.StartsWith("1-", StringComparison.Ordinal) || p.PostId.StartsWith("4-", StringComparison.Ordinal)
            || p.PostId.StartsWith("8-", StringComparison.Ordinal)).ToList();
        retagged = retagged.Select(p => p.PostId.StartsWith("1-", StringComparison.Ordinal)
            ? p with { Entities = [Brand("Eliquis", "apixaban"), Disease("I48.0", "Atrial fibrillation")] }
            : p with { Entities = [] }).ToList();
        await other.CommitAsync(new IngestBatch("test", null, retagged, [], [], []), Ct);
        await other.CommitAsync(new IngestBatch("test", null, Corpus(40, idPrefix: "late-"), ["12-12"], [], []), Ct);

        foreach (var text in new[] { "brand:eliquis", "brand:humira", "disease:I48", "brand:eliquis NOT specialty:cardiology", "ae:true brand:eliquis" })
        {
            var filterPasses = _columns.ColumnFilterPasses;
            var answer = await _columns.SearchAsync(Request(text), Ct);
            _columns.ColumnFilterPasses.Should().Be(filterPasses + 1, "'{0}' is answered from the columns brought forward", text);
            Json(answer).Should().Be(Json(await _sql.SearchAsync(Request(text), Ct)), "'{0}' after the changes", text);
        }
    }

    private async Task BuildAsync()
    {
        await _columns.SearchAsync(Request("brand:humira"), Ct);
        await _columns.WhenColumnsBuiltAsync();
    }

    private SqliteDatabase Database() =>
        new(Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(_folder, "store.db") }));

    private static SearchRequest Request(string query) => new(QueryParser.Parse(query), SearchSort.Newest, Size: 50);

    private static string Json(SearchResult result) => JsonSerializer.Serialize(result);

    private static TaggedEntity Brand(string brand, string generic) => new(EntityType.Brand, brand, 0, brand.Length, generic, brand);

    private static TaggedEntity Disease(string code, string name) => new(EntityType.Disease, name, 0, name.Length, code, name);

    /// <summary>
    /// Posts by 29 authors over ten weeks: three brands, four disease codes (two under E1, one name shared by two
    /// codes), specialties and states with NULLs and mixed case, adverse events on some drug mentions, all sentiments.
    /// </summary>
    private static List<TaggedPost> Corpus(int count, string idPrefix = "")
    {
        var random = new Random(count + idPrefix.Length);
        string?[] specialties = ["cardiology", "Cardiology", "oncology", null, "endocrinology"];
        string?[] states = ["TX", "tx", "OH", null, "CA", "Tx"];
        (string Code, string Name)[] diseases = [("E11.9", "Type 2 diabetes"), ("E10", "Type 1 diabetes"), ("I48.0", "Atrial fibrillation"),
            ("I48.91", "Atrial fibrillation"), ("C50.9", "Breast cancer"), ("E110", "Not an E11 code")];
        var posts = new List<TaggedPost>();
        for (var i = 0; i < count; i++)
        {
            var entities = new List<TaggedEntity>();
            var brand = (i % 4) switch { 0 => Brand("Eliquis", "apixaban"), 1 => Brand("Humira", "adalimumab"), 2 => Brand("Xarelto", "rivaroxaban"), _ => null };
            if (brand is not null)
            {
                entities.Add(brand);
            }

            if (i % 3 != 2)
            {
                var (code, name) = diseases[random.Next(diseases.Length)];
                entities.Add(Disease(code, name));
            }

            IReadOnlyList<AdverseEventPair> adverse = brand is not null && i % 5 == 0
                ? [new AdverseEventPair(brand, new TaggedEntity(EntityType.AdverseEvent, "bleeding", 0, 8, "bleeding", "Bleeding"))]
                : [];
            posts.Add(new TaggedPost($"{idPrefix}{i}-{i % 29}", "test", $"author-{i % 29}", Start.AddHours(i * 3.3 + random.Next(3)),
                specialties[random.Next(specialties.Length)], states[random.Next(states.Length)], "bleeding dose " + i, 0, entities, adverse,
                (Sentiment)(random.Next(3) - 1), 0));
        }

        return posts;
    }
}
