using Sermo.Storage.Search;

namespace Sermo.Worker.Tests.Http;

/// <summary>The refusal audit in memory, for web apps composed in a test around a stand-in index.</summary>
internal sealed class RecordedSearchRefusals : ISearchRefusals
{
    private readonly List<SearchRefusal> _rows = [];

    public Task RecordAsync(SearchAsker asker, DateTimeOffset askedAt, string reason, CancellationToken cancellationToken)
    {
        lock (_rows)
        {
            _rows.Add(new SearchRefusal(_rows.Count + 1, asker.Who, askedAt, asker.QueryText, reason));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SearchRefusal>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_rows)
        {
            return Task.FromResult<IReadOnlyList<SearchRefusal>>(_rows.AsEnumerable().Reverse().Take(limit).ToList());
        }
    }

    /// <summary>The guard the search endpoint uses, over <paramref name="index"/> with k = 5, auditing here.</summary>
    public SinglingOutGuard Guard(ISearchIndex index) =>
        new(index, this, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
}
