using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.HeatMaps;

namespace Sermo.Reports.Outbox;

/// <summary>
/// Publishes one heat-map report run to a client's outbox as outbox/&lt;clientId&gt;/&lt;reportId&gt;-&lt;period&gt;/ holding
/// every renderer's file and manifest.json. A client downloader never sees a half-written run: everything is
/// written under outbox/&lt;clientId&gt;/.tmp-&lt;guid&gt; and then renamed into place (a rename within one folder is
/// atomic on the same volume). A re-run of the same period replaces the old folder.
/// </summary>
public sealed class ReportWriter
{
    public const string ManifestFileName = "manifest.json";

    private const int MaxSegmentLength = 64;

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly IReadOnlyList<IHeatMapFileRenderer> _renderers;
    private readonly IOptions<ReportOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ReportWriter> _logger;

    public ReportWriter(IEnumerable<IHeatMapFileRenderer> renderers, IOptions<ReportOptions> options, TimeProvider timeProvider, ILogger<ReportWriter> logger)
    {
        _renderers = renderers.ToArray();
        var names = _renderers.Select(r => r.FileName).ToArray();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Length || names.Contains(ManifestFileName, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Renderer file names must be distinct and not {ManifestFileName}: {string.Join(", ", names)}.", nameof(renderers));
        }

        foreach (var name in names)
        {
            ValidateSegment(name, nameof(renderers));
        }

        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Writes the run under <see cref="ReportOptions.OutboxPath"/>.</summary>
    public ReportRun Write(string clientId, string reportId, ReportPeriod period, HeatMap heatMap, string clientName) =>
        Write(_options.Value.OutboxPath, clientId, reportId, period, heatMap, clientName);

    public ReportRun Write(string outboxRoot, string clientId, string reportId, ReportPeriod period, HeatMap heatMap, string clientName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outboxRoot);
        ValidateSegment(clientId, nameof(clientId));
        ValidateSegment(reportId, nameof(reportId));
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(heatMap);
        ArgumentNullException.ThrowIfNull(clientName);
        if (!string.Equals(heatMap.ClientId, clientId, StringComparison.Ordinal))
        {
            // Privacy rule 4: one client's heat map must never land in another client's outbox.
            throw new ArgumentException($"The heat map belongs to client '{heatMap.ClientId}', not '{clientId}'.", nameof(heatMap));
        }

        var clientFolder = Path.Combine(Path.GetFullPath(outboxRoot), clientId);
        Directory.CreateDirectory(clientFolder);
        var finalFolder = Path.Combine(clientFolder, $"{reportId}-{period.Label}");
        var tempFolder = Path.Combine(clientFolder, $".tmp-{Guid.NewGuid():N}");
        var generatedAt = _timeProvider.GetUtcNow();

        Directory.CreateDirectory(tempFolder);
        var published = false;
        try
        {
            var files = _renderers.Select(r => WriteFile(tempFolder, r.FileName, output => r.Render(heatMap, clientName, output))).ToArray();
            var manifest = new Manifest(clientId, reportId, new ManifestPeriod(period.From, period.To),
                heatMap.Interval.ToString().ToLowerInvariant(), heatMap.K, generatedAt, files);
            WriteFile(tempFolder, ManifestFileName, output => JsonSerializer.Serialize(output, manifest, ManifestJson));

            Publish(clientFolder, tempFolder, finalFolder);
            published = true;
            _logger.LogInformation("Published report {ReportId} for client {ClientId}, period {Period}, to {Folder}", reportId, clientId, period.Label, finalFolder);
            return new ReportRun(finalFolder, files, generatedAt);
        }
        finally
        {
            if (!published)
            {
                DeleteLeftover(tempFolder);
            }
        }
    }

    /// <summary>Throws unless the value is a plain folder name: letters, digits, '.', '_', '-', starting with a letter or digit, no "..".</summary>
    public static void ValidateSegment(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        var valid = value.Length is > 0 and <= MaxSegmentLength
            && char.IsAsciiLetterOrDigit(value[0])
            && !value.Contains("..", StringComparison.Ordinal)
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
        if (!valid)
        {
            throw new ArgumentException(
                $"'{value}' is not a safe path segment: use 1-{MaxSegmentLength} letters, digits, '.', '_' or '-', starting with a letter or digit, without '..'.",
                paramName);
        }
    }

    private static ReportFile WriteFile(string folder, string name, Action<Stream> render)
    {
        var path = Path.Combine(folder, name);
        using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            render(output);
            output.Flush(flushToDisk: true);
        }

        // Hash what is on disk, not what the renderer meant to write.
        using var written = File.OpenRead(path);
        var hash = SHA256.HashData(written);
        return new ReportFile(name, written.Length, Convert.ToHexStringLower(hash));
    }

    private void Publish(string clientFolder, string tempFolder, string finalFolder)
    {
        if (!Directory.Exists(finalFolder))
        {
            Directory.Move(tempFolder, finalFolder);
            return;
        }

        var oldFolder = Path.Combine(clientFolder, $".old-{Guid.NewGuid():N}");
        Directory.Move(finalFolder, oldFolder);
        var movedIn = false;
        try
        {
            Directory.Move(tempFolder, finalFolder);
            movedIn = true;
        }
        finally
        {
            if (!movedIn)
            {
                // Put the previous run back so the client keeps a complete report.
                Directory.Move(oldFolder, finalFolder);
            }
        }

        DeleteLeftover(oldFolder);
    }

    private void DeleteLeftover(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Logged, not thrown: the run itself succeeded or already failed with the error that matters;
            // dot-folders are never served to clients.
            _logger.LogWarning(ex, "Could not delete leftover outbox folder {Folder}", folder);
        }
    }

    private sealed record Manifest(
        string Client,
        string Report,
        ManifestPeriod Period,
        string Interval,
        int K,
        DateTimeOffset GeneratedAt,
        IReadOnlyList<ReportFile> Files);

    private sealed record ManifestPeriod(DateOnly From, DateOnly To);
}
