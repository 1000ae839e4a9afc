using Microsoft.Extensions.Options;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rerendering;
using Sermo.Storage.ReportRuns;

namespace Sermo.Reports.Delivery;

/// <summary>A report folder as a client sees it in a listing: its manifest, nothing from the server side.</summary>
/// <param name="Name">The folder name, e.g. "weekly-2026-W14"; the API addresses files as reports/{name}/{file}.</param>
public sealed record PublishedReport(string Name, ReportManifest Manifest);

/// <summary>An opened report file; the caller disposes <paramref name="Content"/>.</summary>
public sealed record OpenedReportFile(Stream Content, string ContentType, string FileName);

/// <summary>
/// What a client may read of its own outbox, for the report API. Only folders whose manifest names a run of this
/// client recorded with its inputs are served (an older folder whose quotes were never recorded cannot be kept free
/// of withdrawn excerpts, so it is not served). A stale folder is re-rendered before anything of it is returned.
/// The caller audits every attempt with <see cref="BeginReadAsync"/> before doing anything else and
/// <see cref="FinishReadAsync"/> before it sends a byte (privacy rule P8).
/// </summary>
public sealed class ClientReportReader(
    IReportRunLog runLog,
    ReportRerenderer rerenderer,
    IClientReadAudit audit,
    TimeProvider time,
    IOptions<ReportOptions> options)
{
    public const string Served = "served";
    public const string NotFound = "not-found";
    public const string Denied = "denied";
    public const string NoKey = "no-key";
    public const string Failed = "failed";
    public const string ListResource = "reports";

    /// <summary>The path's client id is the caller's text; the audit keeps this much of it.</summary>
    private const int MaxAuditedClientId = 128;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "text/csv; charset=utf-8",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".html"] = "text/html; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json; charset=utf-8",
    };

    public async Task<IReadOnlyList<PublishedReport>> ListAsync(string clientId, CancellationToken cancellationToken)
    {
        ReportWriter.ValidateSegment(clientId, nameof(clientId));
        var clientFolder = Path.Combine(Path.GetFullPath(options.Value.OutboxPath), clientId);
        var reports = new List<PublishedReport>();
        if (Directory.Exists(clientFolder))
        {
            foreach (var folder in Directory.EnumerateDirectories(clientFolder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(folder);
                if (!name.StartsWith('.') && await CurrentManifestAsync(clientId, folder, cancellationToken) is { } manifest)
                {
                    reports.Add(new PublishedReport(name, manifest));
                }
            }
        }

        return reports;
    }

    /// <summary>The file of one of the client's report folders, re-rendered first if stale; null when there is no such file.</summary>
    public async Task<OpenedReportFile?> OpenAsync(string clientId, string reportName, string fileName, CancellationToken cancellationToken)
    {
        ReportWriter.ValidateSegment(clientId, nameof(clientId));
        return ReportWriter.IsSafeSegment(reportName) && ReportWriter.IsSafeSegment(fileName) ? await TryOpenAsync(clientId, reportName, fileName, cancellationToken) : null;
    }

    /// <summary>Puts an attempt to read <paramref name="clientId"/>'s <paramref name="resource"/> on record; nothing is looked up yet.</summary>
    public Task<long> BeginReadAsync(string clientId, string resource, CancellationToken cancellationToken) =>
        audit.BeginAsync(clientId.Length <= MaxAuditedClientId ? clientId : clientId[..MaxAuditedClientId], resource, time.GetUtcNow(), cancellationToken);

    public Task FinishReadAsync(long readId, string? caller, string outcome, CancellationToken cancellationToken) =>
        audit.FinishAsync(readId, caller, outcome, cancellationToken);

    private async Task<OpenedReportFile?> TryOpenAsync(string clientId, string reportName, string fileName, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetFullPath(options.Value.OutboxPath), clientId, reportName);
        var manifest = await CurrentManifestAsync(clientId, folder, cancellationToken);
        var listed = manifest is not null
            && (fileName == ReportWriter.ManifestFileName || manifest.Files.Any(f => string.Equals(f.Name, fileName, StringComparison.Ordinal)));
        if (!listed)
        {
            return null;
        }

        try
        {
            // Opened, not read: a later re-render renames the folder away, and this handle keeps reading what it opened.
            var stream = new FileStream(Path.Combine(folder, fileName), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
            return new OpenedReportFile(stream, ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream"), fileName);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The folder's manifest once it is current (re-rendered here if stale); null if it is not a tracked run of this client.</summary>
    private async Task<ReportManifest?> CurrentManifestAsync(string clientId, string folder, CancellationToken cancellationToken)
    {
        var manifest = await ReportManifest.ReadAsync(folder, cancellationToken);
        if (manifest?.RenderId is not { } renderId || !string.Equals(manifest.Client, clientId, StringComparison.Ordinal))
        {
            return null;
        }

        // Only where the run publishes and whether it is stale: its content and quotes are read only to re-render it.
        var place = await runLog.FindPlaceAsync(clientId, renderId, cancellationToken);
        // The history names folders relative to the outbox, so a moved data folder still finds its reports.
        if (place is null || !string.Equals(OutboxPaths.Resolve(options.Value.OutboxPath, place.Folder), Path.GetFullPath(folder), StringComparison.Ordinal))
        {
            return null;
        }

        if (place.Stale && await runLog.FindInputsAsync(clientId, renderId, cancellationToken) is { Stale: true } inputs
            && await rerenderer.RerenderAsync(inputs, cancellationToken))
        {
            manifest = await ReportManifest.ReadAsync(folder, cancellationToken);
        }

        return manifest;
    }
}
