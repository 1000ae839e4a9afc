using Microsoft.Extensions.Options;

namespace Sermo.Storage.Search;

/// <summary>
/// Privacy rule P12 (docs/privacy.md): an ad-hoc search (the <c>query</c> verb, <c>/api/search</c>) whose filters
/// narrow the match to fewer than k distinct authors is answered with no count, hit, excerpt, histogram or facet, and
/// the attempt is written to the refusal audit with who asked, when, the query text and why. The backend counts
/// distinct author keys of the whole match server-side, up to k (<see cref="SearchResult.AuthorsUpToK"/>); that count
/// is never part of an answer. The same check runs over every backend, since every backend reports the count.
/// </summary>
public sealed class SinglingOutGuard(ISearchIndex index, ISearchRefusals refusals, TimeProvider time, IOptions<SearchOptions> options)
{
    private readonly int _k = options.Value.K;

    public string Reason => $"these filters match posts from fewer than k = {_k} distinct authors; counts and excerpts are withheld (privacy rule P12)";

    public async Task<SearchResult> SearchAsync(SearchRequest request, SearchAsker asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var result = await index.SearchAsync(request, cancellationToken);
        if (result.AuthorsUpToK >= _k)
        {
            return result;
        }

        // Audited before the refusal is answered, and not cancelled with the request: a caller that hangs up still
        // leaves the attempt on record.
        await refusals.RecordAsync(asker, time.GetUtcNow(), Reason, CancellationToken.None);
        return SearchResult.RefusedAnswer(Reason);
    }
}
