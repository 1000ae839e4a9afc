using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Analytics.HeatMaps;
using Sermo.Portal.Access;
using Sermo.Portal.Clients;
using Sermo.Reports.Delivery;
using Sermo.Storage.Excerpts;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// A client's page: its heat map (hover a cell for every value, click it for excerpts under the report rule), its
/// report history with downloads, and its watchlist. The client policy already refused (and audited) any other
/// client's id; every view is on the client read audit (begun before anything is read, finished before the page is sent).
/// The heat map's caption and table are rendered once per kept map and reused (decision 059); the rest is per view.
/// </summary>
[Authorize(Policy = PortalPolicies.Client)]
public sealed class ClientHomeModel(ClientHeatMapReader heatMaps, CellExcerpts cellExcerpts, ClientReportReader reports, HtmlEncoder encoder)
    : PageModel
{
    /// <summary>The partial that renders a map's caption and table; it reads nothing but the map.</summary>
    public const string HeatMapPartial = "_ClientHeatMapTable";

    [BindProperty(SupportsGet = true, Name = "client")]
    public string ClientId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public BucketInterval Interval { get; set; } = BucketInterval.Week;

    /// <summary>The clicked cell: its row (term index) and bucket start.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Term { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Bucket { get; set; }

    public ClientHeatMapView View { get; private set; } = null!;

    public IReadOnlyList<PublishedReport> Reports { get; private set; } = [];

    public HeatMapCell? Chosen { get; private set; }

    public IReadOnlyList<PostExcerpt> Excerpts { get; private set; } = [];

    /// <summary>The bucket the chosen cell's row quotes from (the report rule), if any.</summary>
    public DateOnly? QuotedBucket { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var resource = $"portal/heatmap/{Interval.ToString().ToLowerInvariant()}" + (Term is { } t && Bucket is { } b ? $"/{t}/{b:yyyy-MM-dd}" : "");
        var read = await reports.BeginReadAsync(ClientId, resource, cancellationToken);
        try
        {
            var (result, outcome) = await ReadAsync(cancellationToken);
            await reports.FinishReadAsync(read, User.ClientId(), outcome, cancellationToken);
            return result;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await reports.FinishReadAsync(read, User.ClientId(), ClientReportReader.Failed, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// The map's caption and table: the HTML kept with the map, or rendered now (the map's first view on this host) and
    /// kept with it. Written out to a string with the host's encoder, as the response would write it, so a kept view is
    /// byte for byte what rendering it again would give.
    /// </summary>
    public async Task<IHtmlContent> HeatMapHtmlAsync(IHtmlHelper html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (View.Html.Content is { } kept)
        {
            return kept;
        }

        var rendered = await html.PartialAsync(HeatMapPartial, View.Map);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        rendered.WriteTo(text, encoder);
        return View.Html.Keep(new HtmlString(text.ToString()));
    }

    private async Task<(IActionResult Result, string Outcome)> ReadAsync(CancellationToken cancellationToken)
    {
        if (await heatMaps.ReadAsync(ClientId, Interval, cancellationToken) is not { } view)
        {
            return (NotFound(), ClientReportReader.NotFound);
        }

        View = view;
        if (view.Map is { } map && Term is { } term && Bucket is { } bucket && term >= 0 && term < map.Terms.Count && map.Buckets.ToList().IndexOf(bucket) is >= 0 and var index)
        {
            Chosen = map.Cell(term, index);
            QuotedBucket = CellExcerpts.QuotedBucket(map, term);
            Excerpts = await cellExcerpts.FindAsync(view.Client, map, term, index, cancellationToken);
        }

        Reports = await reports.ListAsync(ClientId, cancellationToken);
        return (Page(), ClientReportReader.Served);
    }
}
