using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Portal.Access;
using Sermo.Storage.Clients;
using Sermo.Storage.Emerging;
using Sermo.Storage.Search;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// The analysts' query console: the query language over every anonymized post, with excerpts, the date histogram and
/// facets under the same k-author rule as the API, and the same singling-out guard. A malformed query says where.
/// A query that is one word or one quoted phrase can be saved as a client's watchlist term with `topics promote`'s
/// code (<see cref="IWatchlistPromotions"/>: the change and its audit row commit together).
/// </summary>
[Authorize(Policy = PortalPolicies.Analyst)]
public sealed class AnalystModel(SinglingOutGuard search, IClientRegistry clients, IWatchlistPromotions promotions, TimeProvider time) : PageModel
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

    /// <summary>The clients an analyst may add the query to, when the query can be a watchlist term.</summary>
    public IReadOnlyList<ClientRecord> Clients { get; private set; } = [];

    /// <summary>The query as a watchlist match (a word or a phrase), or null when it is not one.</summary>
    public string? WatchableTerm { get; private set; }

    /// <summary>Where a malformed query went wrong (0-based), for the caret under it.</summary>
    public int? ErrorPosition { get; private set; }

    /// <summary>What saving the term did.</summary>
    public string? Notice { get; private set; }

    /// <summary>The largest histogram bar, for scaling the others.</summary>
    public long MaxBucket => Result?.Histogram.Max(b => b.Posts ?? 0) is > 0 and var max ? max : 1;

    public Task OnGetAsync(CancellationToken cancellationToken) => SearchAsync(cancellationToken);

    /// <summary>Adds the query to <paramref name="client"/>'s watchlist; anything but a word or phrase, or an unknown client, is 400.</summary>
    public async Task<IActionResult> OnPostWatchAsync(string? client, string? label, CancellationToken cancellationToken)
    {
        var term = Watchable(Q);
        if (term is null || string.IsNullOrWhiteSpace(client))
        {
            Error = "Only a query of one word or one quoted phrase can be a watchlist term, saved to a client you pick.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            try
            {
                var promotion = await promotions.PromoteAsync(client, term, string.IsNullOrWhiteSpace(label) ? term : label.Trim(),
                    $"portal:{User.FindFirstValue(ClaimTypes.Name)}", time.GetUtcNow(), cancellationToken);
                Notice = promotion.Outcome == WatchlistPromotions.Added
                    ? $"added '{promotion.Term}' to {client}'s watchlist as '{promotion.Label}' (audit #{promotion.Id}); its heat-map row fills at the next rollup"
                    : $"{client} already watches '{promotion.Term}'; nothing changed (audit #{promotion.Id})";
            }
            catch (KeyNotFoundException)
            {
                Error = $"No client '{client}'.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        await SearchAsync(cancellationToken);
        return Page();
    }

    /// <summary>A word or a quoted phrase is a watchlist match as written; operators, fields and prefixes are not.</summary>
    private static string? Watchable(string? q)
    {
        try
        {
            return string.IsNullOrWhiteSpace(q) ? null : QueryParser.Parse(q) switch
            {
                TermNode t => t.Term,
                PhraseNode p => string.Join(' ', p.Words),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is QuerySyntaxException or QueryRefusedException)
        {
            // A refused query (too deep, too long) is no watchlist term either; the search below shows why.
            return null;
        }
    }

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        WatchableTerm = Watchable(Q);
        if (WatchableTerm is not null)
        {
            Clients = await clients.ListAsync(cancellationToken);
        }

        try
        {
            // Through the singling-out guard like /api/search (P12): too few authors answers nothing and is audited.
            var request = new SearchRequest(QueryParser.Parse(Q), Size: 50, From: From, To: To, Interval: Interval);
            Result = await search.SearchAsync(request, new SearchAsker($"portal:{User.CallerId() ?? "anonymous"}", Q), cancellationToken);
        }
        catch (QuerySyntaxException ex)
        {
            if (Error is null)
            {
                Error = $"At position {ex.Position + 1}: {ex.Message}";
                ErrorPosition = ex.Position;
            }
        }
        catch (QueryRefusedException ex)
        {
            Error ??= "Query refused: " + ex.Reason;
        }
        catch (SearchIndexUnavailableException ex)
        {
            Error ??= "Search index unavailable: " + ex.Message;
        }
    }
}
