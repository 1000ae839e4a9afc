using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Excerpts;

namespace Sermo.Portal.Clients;

/// <summary>
/// Excerpts behind one heat-map cell a client clicked, under the report's rule (<see cref="ClientReportRunner.QuotedCell"/>):
/// a row quotes from one cell only, its shown cell with the most released mentions if those reach twice k, and then
/// exactly <see cref="ReportOptions.ExcerptsPerTerm"/> excerpts or none, each dated by the cell rather than by its post.
/// Clicking any other cell of the row quotes nothing, so the page tells no more than the client's report would.
/// </summary>
public sealed class CellExcerpts(IPostExcerpts excerpts, IOptions<ReportOptions> options)
{
    /// <summary>The bucket the row quotes from, if any (the page points there when another cell was clicked).</summary>
    public static DateOnly? QuotedBucket(HeatMap map, int termIndex) => ClientReportRunner.QuotedCell(map, termIndex)?.Bucket;

    public async Task<IReadOnlyList<PostExcerpt>> FindAsync(ClientRecord client, HeatMap map, int termIndex, int bucketIndex, CancellationToken cancellationToken)
    {
        var wanted = options.Value.ExcerptsPerTerm;
        var cell = map.Cell(termIndex, bucketIndex);
        if (wanted == 0 || ClientReportRunner.QuotedCell(map, termIndex) is not { } quoted || quoted.Bucket != cell.Bucket)
        {
            return [];
        }

        var term = client.Watchlist.Terms[termIndex];
        var quotes = await excerpts.FindAsync(term.Matches, [(quoted.From, quoted.To)], SegmentBy.None, null, wanted, cancellationToken);
        return quotes.Count == wanted ? [.. quotes.Select(q => new PostExcerpt(cell.Bucket, q.Text))] : [];
    }
}
