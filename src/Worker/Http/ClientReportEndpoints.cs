using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Sermo.Analytics.HeatMaps;
using Sermo.Portal.Access;
using Sermo.Portal.Clients;
using Sermo.Reports.Delivery;

namespace Sermo.Worker.Http;

/// <summary>
/// The client report API. A client calls with its own key (<c>Authorization: Bearer sermo_…</c>, issued by
/// <c>sermo report key --client C</c>, or any key or sign-in of a portal client account) and reads only under its own id:
/// <c>GET /api/clients/{client}/reports</c> lists its current report folders (their manifests) and
/// <c>GET /api/clients/{client}/reports/{report}/{file}</c> returns one file, <c>GET /api/clients/{client}/heatmap</c>
/// its released heat map. A past report that quoted a post deleted
/// since is re-rendered without that excerpt before anything of it is returned, and every read, refused ones included,
/// is audited before a byte is sent. Another client's id in the path is 403, whatever exists there.
/// </summary>
public static class ClientReportEndpoints
{
    /// <summary>Report files are not the same bytes forever (a re-render replaces them), and they are confidential.</summary>
    private const string NoStore = "no-store, private";

    /// <summary>An HTML or SVG report opened from the API runs nothing and loads nothing, as when opened from disk.</summary>
    private const string FileContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    public static IEndpointRouteBuilder MapClientReports(this IEndpointRouteBuilder app)
    {
        var client = app.MapGroup("/api/clients/{client}");
        client.MapGet("/reports", ListAsync).WithName("ClientReports");
        client.MapGet("/reports/{report}/{file}", OpenAsync).WithName("ClientReportFile");
        client.MapGet("/heatmap", HeatMapAsync).WithName("ClientHeatMap");
        return app;
    }

    /// <summary>
    /// The released heat map the client's page shows (<see cref="ClientHeatMapReader"/>: the last 12 buckets of
    /// <c>?interval=</c> day, week (default) or month, suppressed cells without numbers), audited like a report read.
    /// </summary>
    private static Task<IResult> HeatMapAsync(
        string client, string? interval, HttpContext http, ClientReportReader reader, ClientHeatMapReader heatMaps, CancellationToken cancellationToken) =>
        AuditedAsync(client, "heatmap/" + (interval is null ? "week" : interval[..Math.Min(interval.Length, 16)]), http, reader, async () =>
        {
            var parsed = BucketInterval.Week;
            if (interval is not null && (!Enum.TryParse(interval, ignoreCase: true, out parsed) || !Enum.IsDefined(parsed) || char.IsDigit(interval[0])))
            {
                return (Results.Problem(title: "Unknown interval", detail: "interval must be day, week or month.", statusCode: StatusCodes.Status400BadRequest), ClientReportReader.NotFound);
            }

            http.Response.Headers.CacheControl = NoStore;
            return await heatMaps.ReadAsync(client, parsed, cancellationToken) is { Map: { } map }
                ? (Results.Ok(map), ClientReportReader.Served)
                : (Results.Problem(title: "No heat map", detail: "Nothing is rolled up for this client yet.", statusCode: StatusCodes.Status404NotFound), ClientReportReader.NotFound);
        }, cancellationToken);

    private static Task<IResult> ListAsync(string client, HttpContext http, ClientReportReader reader, CancellationToken cancellationToken) =>
        AuditedAsync(client, ClientReportReader.ListResource, http, reader, async () =>
        {
            var reports = await reader.ListAsync(client, cancellationToken);
            http.Response.Headers.CacheControl = NoStore;
            return (Results.Ok(reports), ClientReportReader.Served);
        }, cancellationToken);

    private static Task<IResult> OpenAsync(
        string client, string report, string file, HttpContext http, ClientReportReader reader, CancellationToken cancellationToken) =>
        AuditedAsync(client, $"{ClientReportReader.ListResource}/{report}/{file}", http, reader, async () =>
        {
            var opened = await reader.OpenAsync(client, report, file, cancellationToken);
            if (opened is null)
            {
                return (Results.Problem(title: "No such report file", detail: $"{report}/{file}", statusCode: StatusCodes.Status404NotFound), ClientReportReader.NotFound);
            }

            var headers = http.Response.Headers;
            headers.CacheControl = NoStore;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = FileContentSecurityPolicy;
            return (Results.Stream(opened.Content, opened.ContentType, opened.FileName), ClientReportReader.Served);
        }, cancellationToken);

    /// <summary>
    /// Privacy rule P8: the attempt is on record before anything is read, and its outcome before a byte is sent. The host
    /// maps these endpoints under the portal's client policy, which already refused (and audited) anyone but the path's
    /// own client; this second check keeps them safe wherever they are mapped: 401 without a client principal, 403 when
    /// the path names another client, otherwise whatever <paramref name="serve"/> answers; a failure on the way is
    /// recorded as <c>failed</c> and then surfaces as it was.
    /// </summary>
    private static async Task<IResult> AuditedAsync(
        string client, string resource, HttpContext http, ClientReportReader reader,
        Func<Task<(IResult Result, string Outcome)>> serve, CancellationToken cancellationToken)
    {
        var read = await reader.BeginReadAsync(client, resource, cancellationToken);
        string? caller = null;
        try
        {
            caller = http.User.ClientId();
            if (caller is null)
            {
                await reader.FinishReadAsync(read, null, ClientReportReader.NoKey, cancellationToken);
                http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
                return Results.Problem(title: "Client key required", detail: "Send Authorization: Bearer <key> (sermo report key --client C issues one).",
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            if (!string.Equals(caller, client, StringComparison.Ordinal))
            {
                await reader.FinishReadAsync(read, caller, ClientReportReader.Denied, cancellationToken);
                return Results.Problem(title: "Not your reports", statusCode: StatusCodes.Status403Forbidden);
            }

            var (result, outcome) = await serve();
            await reader.FinishReadAsync(read, caller, outcome, cancellationToken);
            return result;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await reader.FinishReadAsync(read, caller, ClientReportReader.Failed, CancellationToken.None);
            throw;
        }
    }
}
