using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Portal.Access;
using Sermo.Storage.Search;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// The analysts' query console: the query language over every anonymized post, with excerpts, the date histogram and
/// facets under the same k-author rule as the API, and the same singling-out guard. A malformed query says where.
/// </summary>
[Authorize(Policy = PortalPolicies.Analyst)]
public sealed class AnalystModel(SinglingOutGuard search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public BucketInterval Interval { get; set; } = BucketInterval.Week;

    public SearchResult? Result { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The largest histogram bar, for scaling the others.</summary>
    public long MaxBucket => Result?.Histogram.Max(b => b.Posts ?? 0) is > 0 and var max ? max : 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        try
        {
            // Through the singling-out guard like /api/search (P12): too few authors answers nothing and is audited.
            var request = new SearchRequest(QueryParser.Parse(Q), Size: 50, From: From, To: To, Interval: Interval);
            Result = await search.SearchAsync(request, new SearchAsker($"portal:{User.CallerId() ?? "anonymous"}", Q), cancellationToken);
        }
        catch (QuerySyntaxException ex)
        {
            Error = $"At position {ex.Position + 1}: {ex.Message}";
        }
        catch (QueryRefusedException ex)
        {
            Error = "Query refused: " + ex.Reason;
        }
        catch (SearchIndexUnavailableException ex)
        {
            Error = "Search index unavailable: " + ex.Message;
        }
    }
}
