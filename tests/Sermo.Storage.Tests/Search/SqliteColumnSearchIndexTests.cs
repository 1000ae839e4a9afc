using Microsoft.Extensions.Options;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// The search contract once more for SQLite with every answer read through the in-memory columns (decision 076): each
/// search is asked twice, the first starting the columns' build, the second answered from them once it is done.
/// </summary>
public sealed class SqliteColumnSearchIndexTests : SearchIndexContract
{
    private readonly TempDataFolder _folder = new("search-tests", create: false);

    protected override Task<ISearchIndex> CreateIndexAsync()
    {
        Directory.CreateDirectory(_folder);
        var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(_folder, "store.db") }));
        var store = new SqliteIngestStore(database, TimeProvider.System);
        // No match cache: the second asking must run its own pass.
        var index = new SqliteSearchIndex(database, store, Options.Create(new SearchOptions { K = K, CacheEntries = 0 }));
        return Task.FromResult<ISearchIndex>(new ColumnsFirst(index));
    }

    public override async Task DisposeAsync()
    {
        await ((ColumnsFirst)Index).Inner.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>The index with each search answered from the columns, and a failure when it was not.</summary>
    private sealed class ColumnsFirst(SqliteSearchIndex inner) : ISearchIndex
    {
        public SqliteSearchIndex Inner => inner;

        public bool ReadsPostStore => inner.ReadsPostStore;

        public Task<IndexOutcome> IndexAsync(IReadOnlyList<Sermo.Analytics.Posts.TaggedPost> posts, CancellationToken ct) => inner.IndexAsync(posts, ct);

        public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken ct) => inner.DeleteAsync(postIds, ct);

        public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken ct) => inner.DeleteByAuthorAsync(authorKeys, ct);

        public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct)
        {
            var first = await inner.SearchAsync(request, ct);
            await inner.WhenColumnsBuiltAsync();
            var passes = inner.ColumnPasses;
            var second = await inner.SearchAsync(request, ct);
            inner.ColumnPasses.Should().Be(passes + 1, "the second asking of '{0}' is read through the columns", request.Query);
            System.Text.Json.JsonSerializer.Serialize(second).Should().Be(System.Text.Json.JsonSerializer.Serialize(first),
                "the columns and whichever pass answered first agree");
            second.AuthorsUpToK.Should().Be(first.AuthorsUpToK);
            return second;
        }
    }
}
