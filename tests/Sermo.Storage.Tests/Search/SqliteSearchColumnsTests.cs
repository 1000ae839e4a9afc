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
/// The SQLite backend's in-memory search columns (decision 076): answers read through them are the text pass's, and a
/// post inserted, updated, deleted or opted out by another connection shows in the very next answer, read through the
/// columns brought forward, not through a rebuild.
/// </summary>
public sealed class SqliteSearchColumnsTests : IAsyncLifetime
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
    private SqliteSearchIndex _columns = null!;
    private SqliteSearchIndex _text = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = Database();
        var store = new SqliteIngestStore(_database, TimeProvider.System);
        _columns = new SqliteSearchIndex(_database, store, Options.Create(new SearchOptions { K = K, CacheEntries = 0 }));
        _text = new SqliteSearchIndex(_database, store, Options.Create(new SearchOptions { K = K, CacheEntries = 0, ColumnRows = 0 }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _columns.DisposeAsync();
        await _text.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Search_QueriesSortsIntervalsPages_SameAnswersAsTheTextPass()
    {
        await _columns.IndexAsync(Corpus(400), Ct);
        await BuildAsync();
        foreach (var text in Queries)
        {
            foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Newest })
            {
                foreach (var interval in new[] { BucketInterval.Week, BucketInterval.Day, BucketInterval.Month })
                {
                    string? cursor = null;
                    do
                    {
                        var request = new SearchRequest(QueryParser.Parse(text), sort, Size: 9, Cursor: cursor, Interval: interval);
                        var expected = await _text.SearchAsync(request, Ct);
                        var actual = await _columns.SearchAsync(request, Ct);
                        Json(actual).Should().Be(Json(expected), "'{0}' sorted by {1}, by {2}, cursor {3}", text, sort, interval, cursor);
                        actual.AuthorsUpToK.Should().Be(expected.AuthorsUpToK);
                        cursor = expected.NextCursor;
                    }
                    while (cursor is not null);
                }
            }
        }

        _columns.ColumnPasses.Should().BeGreaterThan(Queries.Length * 6, "every search after the build reads the columns");
        _text.ColumnPasses.Should().Be(0);
    }

    [Fact]
    public async Task Search_PostsInsertedByAnotherConnection_CountedInTheNextAnswerFromTheColumns()
    {
        await _columns.IndexAsync(Corpus(100), Ct);
        var before = await BuildAsync();

        await OtherStore().CommitAsync(new IngestBatch("test", null, Corpus(60, idPrefix: "late-"), [], [], []), Ct);

        var after = await FreshAsync("bleeding");
        after.Total.Should().BeGreaterThan(before.Total!.Value);
    }

    [Fact]
    public async Task Search_AuthorOptedOutByAnotherConnection_GoneFromHitsAndFacetsAtOnce()
    {
        await _columns.IndexAsync(Corpus(200), Ct);
        var before = await BuildAsync("eliquis OR humira");

        await OtherStore().CommitAsync(new IngestBatch("test", null, [], [], ["author-0"], []), Ct);

        var after = await FreshAsync("eliquis OR humira");
        after.Total.Should().BeLessThan(before.Total!.Value);
        after.Hits.Should().NotContain(h => h.PostId.EndsWith("-0", StringComparison.Ordinal), "author-0 wrote the posts whose ids end in -0");
    }

    [Fact]
    public async Task Search_PostDeletedAndItsRowIdReused_NewPostsColumnsRead()
    {
        await _columns.IndexAsync(Corpus(100), Ct);
        await BuildAsync();
        var last = (await _text.SearchAsync(new SearchRequest(QueryParser.Parse("state:TX OR state:OH OR state:CA"), SearchSort.Newest, Size: 1), Ct)).Hits[0];

        // The newest post holds the highest row id; once it is gone SQLite gives that id to the next insert.
        await OtherStore().CommitAsync(new IngestBatch("test", null, [], [last.PostId], [], []), Ct);
        (await FreshAsync("bleeding")).Hits.Should().NotContain(h => h.PostId == last.PostId);
        var reborn = Corpus(1, idPrefix: "reborn-")[0] with { AuthorKey = "author-new", Specialty = "nephrology", CreatedAt = Start.AddDays(200), Text = "bleeding reborn" };
        await OtherStore().CommitAsync(new IngestBatch("test", null, [reborn], [], [], []), Ct);

        // The histogram reaches the new post's day only if its own columns, not the deleted post's, were read.
        var after = await FreshAsync("bleeding");
        after.Histogram.Max(b => b.Start).Should().BeOnOrAfter(DateOnly.FromDateTime(Start.AddDays(193).UtcDateTime));
    }

    [Fact]
    public async Task Search_PostsUpdatedInPlace_FacetsAndHistogramShowTheNewValuesAtOnce()
    {
        await _columns.IndexAsync(Corpus(200), Ct);
        var before = await BuildAsync("bleeding");

        // A re-tag writes posts directly: the update trigger logs the rows the columns must read again.
        await ExecuteAsync("UPDATE posts SET specialty = 'oncology', sentiment = -1, day = '2026-06-01', created_at = '2026-06-01T10:00:00Z' WHERE id % 2 = 0");

        var after = await FreshAsync("bleeding");
        after.Facets.Single(f => f.Name == "specialty").Values.Should().Contain(v => v.Value == "oncology");
        after.Histogram.Max(b => b.Start).Should().BeAfter(before.Histogram.Max(b => b.Start));
    }

    [Fact]
    public async Task Search_ChangeLogTrimmedPastTheColumns_RebuiltNotReadStale()
    {
        await _columns.IndexAsync(Corpus(200), Ct);
        await BuildAsync("bleeding");
        await ExecuteAsync("UPDATE posts SET specialty = 'oncology' WHERE id % 2 = 0");
        await ExecuteAsync("UPDATE posts SET sentiment = -1 WHERE id = 3");
        // As the ingest store's trim would leave it: the first update's entries gone, a later one kept.
        await ExecuteAsync("DELETE FROM search_post_changes WHERE seq < (SELECT max(seq) FROM search_post_changes)");

        var passes = _columns.ColumnPasses;
        var answer = await _columns.SearchAsync(Request("bleeding"), Ct);
        _columns.ColumnPasses.Should().Be(passes, "the log no longer reaches back to the columns' position");
        Json(answer).Should().Be(Json(await _text.SearchAsync(Request("bleeding"), Ct)));

        await _columns.WhenColumnsBuiltAsync();
        (await FreshAsync("bleeding")).Facets.Single(f => f.Name == "specialty").Values.Should().Contain(v => v.Value == "oncology");
    }

    [Fact]
    public async Task Search_RowIdsAboveTheBound_TextPassAnswersAlone()
    {
        var database = Database();
        await using var bounded = new SqliteSearchIndex(database, new SqliteIngestStore(database, TimeProvider.System),
            Options.Create(new SearchOptions { K = K, CacheEntries = 0, ColumnRows = 50 }));
        await bounded.IndexAsync(Corpus(100), Ct);
        await bounded.SearchAsync(Request("bleeding"), Ct);
        await bounded.WhenColumnsBuiltAsync();

        var answer = await bounded.SearchAsync(Request("bleeding"), Ct);
        bounded.ColumnPasses.Should().Be(0, "100 posts do not fit a copy bounded at row id 50");
        Json(answer).Should().Be(Json(await _text.SearchAsync(Request("bleeding"), Ct)));
    }

    [Fact]
    public async Task Search_FtsRowLengthChangedBehindTheColumns_ColumnPassScoresWithTheColumnsLength()
    {
        await _columns.IndexAsync(Corpus(60), Ct);
        var top = (await BuildAsync("warfarin")).Hits[0];
        // posts_fts_docsize is FTS5's own table: writing it moves no search generation, so the columns keep the length
        // they read, while FTS5's bm25 reads the new one. Only a score from the columns' length stays put (decision 085).
        await ExecuteAsync($"UPDATE posts_fts_docsize SET sz = X'7F' WHERE id = (SELECT id FROM posts WHERE post_id = '{top.PostId}')");

        var passes = _columns.ColumnPasses;
        var fromColumns = (await _columns.SearchAsync(Request("warfarin"), Ct)).Hits.Single(h => h.PostId == top.PostId);
        _columns.ColumnPasses.Should().Be(passes + 1);
        fromColumns.Score.Should().Be(top.Score, "the row's length comes from the columns");
        var fromFts5 = (await _text.SearchAsync(Request("warfarin"), Ct)).Hits.Single(h => h.PostId == top.PostId);
        fromFts5.Score.Should().BeLessThan(top.Score, "FTS5's bm25 reads the 127 tokens now stored for the row");
    }

    [Theory]
    [InlineData(new byte[] { 0x05 }, 5)]
    [InlineData(new byte[] { 0x7F }, 127)]
    [InlineData(new byte[] { 0x81, 0x00 }, 128)]
    [InlineData(new byte[] { 0x82, 0x81, 0x03 }, (2 << 14) | (1 << 7) | 3)]
    [InlineData(new byte[] { 0x81 }, -1)]
    [InlineData(new byte[] { }, -1)]
    public void Varint_DocsizeBytes_TokenCountOrMinusOne(byte[] bytes, int expected) =>
        SearchColumnRows.Varint(bytes).Should().Be(expected);

    /// <summary>Starts the columns' build with a search, waits for it, and returns the answer the columns give.</summary>
    private async Task<SearchResult> BuildAsync(string query = "bleeding")
    {
        await _columns.SearchAsync(Request(query), Ct);
        await _columns.WhenColumnsBuiltAsync();
        return await FreshAsync(query);
    }

    /// <summary>The next answer, which must come through the columns and equal the text pass's.</summary>
    private async Task<SearchResult> FreshAsync(string query)
    {
        var passes = _columns.ColumnPasses;
        var answer = await _columns.SearchAsync(Request(query), Ct);
        _columns.ColumnPasses.Should().Be(passes + 1, "'{0}' is read through the columns", query);
        Json(answer).Should().Be(Json(await _text.SearchAsync(Request(query), Ct)));
        return answer;
    }

    private SqliteIngestStore OtherStore() => new(Database(), TimeProvider.System);

    private SqliteDatabase Database() =>
        new(Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(_folder, "store.db") }));

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database().OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        (await command.ExecuteNonQueryAsync(Ct)).Should().BePositive();
    }

    private static SearchRequest Request(string query) => new(QueryParser.Parse(query), Size: 50);

    private static string Json(SearchResult result) => JsonSerializer.Serialize(result);

    /// <summary>Posts by 23 authors over eight weeks: brands, a disease, segments and sentiments mixed.</summary>
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
            var text = (brand ?? "no brand") + " bleeding " + string.Join(' ', Enumerable.Range(0, 6).Select(_ => words[random.Next(words.Length)]));
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
