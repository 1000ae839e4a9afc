using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;
using Sermo.Storage;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Search;
using Sermo.Storage.Sqlite;

namespace Sermo.Ingest.Tests.Pipeline;

/// <summary>
/// An external index (PostgreSQL, Elasticsearch) that is down when a batch commits must still end up matching the
/// store. The index here is an in-memory stand-in that can be made to fail; the store and backlog are real SQLite.
/// </summary>
public sealed class SearchBacklogTests : IAsyncLifetime
{
    private readonly PipelineStore _db = new("backlog-tests");
    private readonly FlakyExternalIndex _index = new();
    private SqliteIngestStore _store = null!;
    private SearchBacklog _backlog = null!;
    private IngestPipeline _pipeline = null!;

    public Task InitializeAsync()
    {
        _store = _db.Store;
        _backlog = new SearchBacklog(_db.Database);
        var options = PipelineStore.Options(batchSize: 10);
        _pipeline = new IngestPipeline(PipelineStore.Enricher(options), _store, options, NullLogger<IngestPipeline>.Instance, _index, _backlog);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Run_IndexDownForSecondBatch_BatchStaysInBacklogAndReplayCatchesTheIndexUp()
    {
        var source = Drop("a.jsonl", Enumerable.Range(1, 25).Select(i => Line($"p{i}", $"m{i % 3}")));
        _index.FailOnIndexCall = 2;

        var run = () => _pipeline.RunAsync(source, null, CancellationToken.None);

        await run.Should().ThrowAsync<HttpRequestException>();
        var stored = await StoredIdsAsync();
        var unconfirmed = stored.Except(_index.Posts.Keys).ToList();
        _index.Posts.Keys.Should().NotBeEmpty().And.BeSubsetOf(stored, "the first batch reached the index");
        unconfirmed.Should().NotBeEmpty("the second batch is committed but its push failed");
        (await _backlog.CountAsync(CancellationToken.None)).Should().Be(unconfirmed.Count);

        var replayed = await _pipeline.ReplaySearchBacklogAsync(CancellationToken.None);
        var rest = await _pipeline.RunAsync(source, null, CancellationToken.None);

        replayed.Should().Be(unconfirmed.Count);
        rest.Inserted.Should().Be(25 - stored.Count);
        _index.Posts.Keys.Should().BeEquivalentTo(Ids(1, 25));
        (await _backlog.CountAsync(CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task Replay_PostDeletedAndAuthorOptedOutAfterFailedPushes_IndexEndsWithoutThem()
    {
        await _pipeline.RunAsync(Drop("a.jsonl", Enumerable.Range(1, 6).Select(i => Line($"p{i}", $"m{i % 3}"))), null, CancellationToken.None);
        _index.Down = true;
        var removal = new IngestBatch("test", null, [], ["drop:p1"], [], []) { QueueForSearch = true };
        await _store.CommitAsync(removal, CancellationToken.None);
        var optedOut = await SingleAuthorKeyAsync("drop:p2");
        await _store.CommitAsync(new IngestBatch("test", null, [], [], [optedOut], []) { QueueForSearch = true }, CancellationToken.None);
        _index.Down = false;

        await _pipeline.ReplaySearchBacklogAsync(CancellationToken.None);

        _index.Posts.Keys.Should().BeEquivalentTo("drop:p3", "drop:p4", "drop:p6");
        (await _backlog.CountAsync(CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task Run_IndexRefusesAPost_DeadLetteredWithTheEnginesReasonAndTheBatchConfirmed()
    {
        _index.Refuse["drop:p2"] = "mapper_parsing_exception: failed to parse field [day] of type [date]";

        await _pipeline.RunAsync(Drop("a.jsonl", Enumerable.Range(1, 3).Select(i => Line($"p{i}", $"m{i}"))), null, CancellationToken.None);

        _index.Posts.Keys.Should().BeEquivalentTo("drop:p1", "drop:p3");
        (await _db.QueryAsync("SELECT source || ' ' || position || ' ' || reason || ' ' || detail FROM dead_letters")).Should().Equal(
            "search-index drop:p2 search-index-refused mapper_parsing_exception: failed to parse field [day] of type [date]");
        // Replaying would fail the same way: the refusal is confirmed, not left in the backlog.
        (await _backlog.CountAsync(CancellationToken.None)).Should().Be(0);
        (await StoredIdsAsync()).Should().Contain("drop:p2", "the store keeps the post; only the index refused it");
    }

    [Fact]
    public async Task Run_IndexReadsThePostStore_NoBacklogKept()
    {
        var options = PipelineStore.Options();
        var pipeline = new IngestPipeline(PipelineStore.Enricher(options), _store, options, NullLogger<IngestPipeline>.Instance,
            new FlakyExternalIndex { ReadsPostStore = true }, _backlog);

        await pipeline.RunAsync(Drop("a.jsonl", [Line("p1", "m1")]), null, CancellationToken.None);

        (await _backlog.CountAsync(CancellationToken.None)).Should().Be(0);
    }

    private JsonlFileSource Drop(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_db.Folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return new JsonlFileSource(path, 1 << 20);
    }

    private static string Line(string id, string author) => Sources.JsonlFileSourceTests.Line(id, author, $"Post {id} about apixaban.");

    private static IEnumerable<string> Ids(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => $"drop:p{i}");

    private Task<List<string>> StoredIdsAsync() => _db.QueryAsync("SELECT post_id FROM posts");

    private async Task<string> SingleAuthorKeyAsync(string postId) =>
        (await _db.QueryAsync("SELECT author_key FROM posts WHERE post_id = $id", ("$id", postId))).Single();

    /// <summary>Keeps posts by id like an external engine; throws as a refused connection would when told to.</summary>
    private sealed class FlakyExternalIndex : ISearchIndex
    {
        private int _indexCalls;

        public Dictionary<string, TaggedPost> Posts { get; } = new(StringComparer.Ordinal);

        public bool ReadsPostStore { get; init; }

        public int FailOnIndexCall { get; set; }

        public bool Down { get; set; }

        /// <summary>Post ids the index refuses for good, with the reason it gives (as a mapping failure would).</summary>
        public Dictionary<string, string> Refuse { get; } = new(StringComparer.Ordinal);

        public Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken)
        {
            if (Down || ++_indexCalls == FailOnIndexCall)
            {
                throw new HttpRequestException("connection refused");
            }

            foreach (var post in posts.Where(p => !Refuse.ContainsKey(p.PostId)))
            {
                Posts[post.PostId] = post;
            }

            return Task.FromResult(new IndexOutcome(posts.Where(p => Refuse.ContainsKey(p.PostId)).Select(p => new RefusedPost(p.PostId, Refuse[p.PostId])).ToList()));
        }

        public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) =>
            Task.FromResult((long)postIds.Count(Posts.Remove));

        public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken)
        {
            var gone = Posts.Values.Where(p => authorKeys.Contains(p.AuthorKey)).Select(p => p.PostId).ToList();
            return Task.FromResult((long)gone.Count(Posts.Remove));
        }

        public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException("the backlog tests never search");
    }
}
