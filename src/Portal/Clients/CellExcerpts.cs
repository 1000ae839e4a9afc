using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Storage.Clients;
using Sermo.Storage.Excerpts;

namespace Sermo.Portal.Clients;

/// <summary>
/// Excerpts behind one heat-map cell a client clicked. Only a shown cell whose mentions reach twice k is quoted, and
/// then exactly <see cref="ReportOptions.ExcerptsPerTerm"/> excerpts or none, each dated by the cell rather than by its
/// post, so the answer says nothing about how small the cell is beyond what the cell itself shows.
/// </summary>
public sealed class CellExcerpts(IPostExcerpts excerpts, IOptions<ReportOptions> options)
{
    public async Task<IReadOnlyList<PostExcerpt>> FindAsync(ClientRecord client, HeatMap map, int termIndex, int bucketIndex, CancellationToken cancellationToken)
    {
        var cell = map.Cell(termIndex, bucketIndex);
        var wanted = options.Value.ExcerptsPerTerm;
        if (wanted == 0 || cell.Suppressed || cell.Mentions < 2 * map.K)
        {
            return [];
        }

        var term = client.Watchlist.Terms[termIndex];
        var quotes = await excerpts.FindAsync(term.Matches, [(cell.Bucket, TimeBuckets.BucketEnd(cell.Bucket, map.Interval))], wanted, cancellationToken);
        return quotes.Count == wanted ? [.. quotes.Select(q => new PostExcerpt(cell.Bucket, q.Text))] : [];
    }
}
