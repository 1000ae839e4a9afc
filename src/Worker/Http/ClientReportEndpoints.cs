using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Sermo.Portal.Access;
using Sermo.Reports.Delivery;

namespace Sermo.Worker.Http;

/// <summary>
/// The client report API. A client calls with its own key (<c>Authorization: Bearer sermo_…</c>, issued by
/// <c>sermo report key --client C</c>, or any key or sign-in of a portal client account) and reads only under its own id:
/// <c>GET /api/clients/{client}/reports</c> lists its current report folders (their manifests) and
/// <c>GET /api/clients/{client}/reports/{report}/{file}</c> returns one file. A past report that quoted a post deleted
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
        var reports = app.MapGroup("/api/clients/{client}/reports");
        reports.MapGet("", ListAsync).WithName("ClientReports");
        reports.MapGet("/{report}/{file}", OpenAsync).WithName("ClientReportFile");
        return app;
    }

    private static async Task<IResult> ListAsync(string client, HttpContext http, ClientReportReader reader, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(client, ClientReportReader.ListResource, http, reader, cancellationToken) is { } refused)
        {
            return refused;
        }

        var reports = await reader.ListAsync(client, cancellationToken);
        http.Response.Headers.CacheControl = NoStore;
        return Results.Ok(reports);
    }

    private static async Task<IResult> OpenAsync(
        string client, string report, string file, HttpContext http, ClientReportReader reader, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(client, $"{ClientReportReader.ListResource}/{report}/{file}", http, reader, cancellationToken) is { } refused)
        {
            return refused;
        }

        var opened = await reader.OpenAsync(client, report, file, cancellationToken);
        if (opened is null)
        {
            return Results.Problem(title: "No such report file", detail: $"{report}/{file}", statusCode: StatusCodes.Status404NotFound);
        }

        var headers = http.Response.Headers;
        headers.CacheControl = NoStore;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = FileContentSecurityPolicy;
        return Results.Stream(opened.Content, opened.ContentType, opened.FileName);
    }

    /// <summary>
    /// The host maps these endpoints under the portal's client policy, which already refused (and audited) anyone but
    /// the path's own client; this second check keeps the endpoints safe wherever they are mapped.
    /// </summary>
    private static async Task<IResult?> RefuseAsync(
        string client, string resource, HttpContext http, ClientReportReader reader, CancellationToken cancellationToken)
    {
        var caller = http.User.ClientId();
        if (caller is null)
        {
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return Results.Problem(title: "Client key required", detail: "Send Authorization: Bearer <key> (sermo report key --client C issues one).",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!string.Equals(caller, client, StringComparison.Ordinal))
        {
            await reader.RecordDeniedAsync(caller, $"clients/{client}/{resource}", cancellationToken);
            return Results.Problem(title: "Not your reports", statusCode: StatusCodes.Status403Forbidden);
        }

        return null;
    }
}
