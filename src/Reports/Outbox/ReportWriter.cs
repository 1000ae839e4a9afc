using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Reports.Rendering;
using Sermo.Reports.Schedules;

namespace Sermo.Reports.Outbox;

/// <summary>
/// Publishes one report run to a client's outbox as outbox/&lt;clientId&gt;/&lt;reportId&gt;-&lt;period&gt;/ holding the
/// files of the formats the report asks for and manifest.json. A client downloader never sees a half-written run:
/// everything is written under outbox/.staging/&lt;host&gt;-&lt;pid&gt;-&lt;guid&gt; (outside every client folder) and then
/// renamed into place (a rename on one volume is atomic). A process killed mid-run leaves only its staging folder,
/// which the next run on the same host removes. A re-run of the same period replaces the old folder.
/// </summary>
public sealed class ReportWriter
{
    public const string ManifestFileName = "manifest.json";
    public const string StagingFolderName = ".staging";

    private const int MaxSegmentLength = 64;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> FolderLocks = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<IReportFileRenderer> _renderers;
    private readonly IOptions<ReportOptions> _options;
    private readonly ILogger<ReportWriter> _logger;
    private readonly ReportLogText _logText;

    public ReportWriter(IEnumerable<IReportFileRenderer> renderers, IOptions<ReportOptions> options, ILogger<ReportWriter> logger)
    {
        _renderers = renderers.ToArray();
        var names = _renderers.Select(r => r.FileName).ToArray();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Length || names.Contains(ManifestFileName, StringComparer.OrdinalIgnoreCase)
            || _renderers.Select(r => r.Format).Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Length)
        {
            throw new ArgumentException($"Renderer formats and file names must be distinct and not {ManifestFileName}: {string.Join(", ", names)}.", nameof(renderers));
        }

        foreach (var name in names)
        {
            ValidateSegment(name, nameof(renderers));
        }

        _options = options;
        _logger = logger;
        _logText = new ReportLogText(options);
    }

    /// <summary>The formats this writer can render (whether or not their tools are installed).</summary>
    public IReadOnlyList<string> Formats => _renderers.Select(r => r.Format).ToArray();

    /// <summary>Writes the run under <see cref="ReportOptions.OutboxPath"/>.</summary>
    public Task<ReportRun> WriteAsync(string clientId, ReportContent content, IReadOnlyCollection<string> formats, CancellationToken cancellationToken) =>
        WriteAsync(_options.Value.OutboxPath, clientId, content, formats, ReportStamp.None, cancellationToken);

    public Task<ReportRun> WriteAsync(string outboxRoot, string clientId, ReportContent content, IReadOnlyCollection<string> formats, CancellationToken cancellationToken) =>
        WriteAsync(outboxRoot, clientId, content, formats, ReportStamp.None, cancellationToken);

    /// <summary>The folder a run of <paramref name="content"/> publishes to under <see cref="ReportOptions.OutboxPath"/>.</summary>
    public string FolderFor(string clientId, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ValidateSegment(clientId, nameof(clientId));
        ValidateSegment(content.ReportId, nameof(content));
        return Path.Combine(Path.GetFullPath(_options.Value.OutboxPath), clientId, FolderName(content));
    }

    /// <param name="stamp">What the manifest says about this rendering besides the content: its render id, and for a re-render when and why.</param>
    public async Task<ReportRun> WriteAsync(
        string outboxRoot, string clientId, ReportContent content, IReadOnlyCollection<string> formats, ReportStamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentException.ThrowIfNullOrWhiteSpace(outboxRoot);
        ValidateSegment(clientId, nameof(clientId));
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(formats);
        ValidateSegment(content.ReportId, nameof(content));
        if (!string.Equals(content.HeatMap.ClientId, clientId, StringComparison.Ordinal))
        {
            // Privacy rule 4: one client's heat map must never land in another client's outbox.
            throw new ArgumentException($"The heat map belongs to client '{content.HeatMap.ClientId}', not '{clientId}'.", nameof(content));
        }

        var unknown = formats.Where(f => !_renderers.Any(r => string.Equals(r.Format, f, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (unknown.Length > 0 || formats.Count == 0)
        {
            throw new ArgumentException($"Unknown or no report formats: [{string.Join(", ", unknown)}]; known: {string.Join(", ", Formats)}.", nameof(formats));
        }

        var root = Path.GetFullPath(outboxRoot);
        var clientFolder = Path.Combine(root, clientId);
        var stagingRoot = Path.Combine(root, StagingFolderName);
        Directory.CreateDirectory(clientFolder);
        Directory.CreateDirectory(stagingRoot);
        SweepAbandonedStaging(stagingRoot);
        var finalFolder = Path.Combine(clientFolder, FolderName(content));
        var tempFolder = Path.Combine(stagingRoot, $"{StagingPrefix}{Guid.NewGuid():N}");

        // A scheduled run and a re-render of the same folder in this process publish one after the other, never
        // interleaved, so the folder's manifest always names the run whose inputs describe it.
        var folderLock = FolderLocks.GetOrAdd(finalFolder, _ => new SemaphoreSlim(1, 1));
        await folderLock.WaitAsync(cancellationToken);
        Directory.CreateDirectory(tempFolder);
        var published = false;
        try
        {
            var (files, skipped) = await RenderAllAsync(tempFolder, clientId, content with { Formats = formats }, cancellationToken);

            var manifest = new ReportManifest(clientId, content.ReportId, new ManifestPeriod(content.Period.From, content.Period.To),
                content.HeatMap.Interval.ToString().ToLowerInvariant(), content.HeatMap.K, content.GeneratedAt, files, skipped,
                stamp.RenderId, stamp.RerenderedAt, stamp.RerenderReason, content.InternalOnly ? ReportContent.InternalMark : null);
            await WriteFileAsync(tempFolder, ManifestFileName, (output, ct) => JsonSerializer.SerializeAsync(output, manifest, ReportManifest.Json, ct), cancellationToken);

            Publish(clientFolder, tempFolder, finalFolder);
            published = true;
            // Not the id nor the folder named after it: report ids often name a topic (decision 105).
            _logger.LogInformation("Published report {Report} for client {ClientId}, period {Period}", ReportLogName.For(content.ReportId), clientId, content.Period.Label);
            return new ReportRun(finalFolder, files, content.GeneratedAt, skipped);
        }
        finally
        {
            if (!published)
            {
                DeleteLeftover(tempFolder);
            }

            folderLock.Release();
        }
    }

    /// <summary>
    /// Renders the formats concurrently (each into its own file): the XLSX build and the chart images overlap Chromium's
    /// print, and the HTML, PDF and chart files share each chart image through the one content. The first real failure cancels the rest, and
    /// nothing returns before every renderer has stopped writing into the staging folder.
    /// </summary>
    private async Task<(List<ReportFile> Files, List<SkippedFormat> Skipped)> RenderAllAsync(
        string tempFolder, string clientId, ReportContent content, CancellationToken cancellationToken)
    {
        var renderers = _renderers.Where(r => content.Formats.Contains(r.Format, StringComparer.OrdinalIgnoreCase)).ToArray();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? firstError = null;
        var renders = renderers.Select(renderer => Task.Run(async () =>
        {
            try
            {
                return await WriteFileAsync(tempFolder, renderer.FileName, (output, ct) => renderer.RenderAsync(content, output, ct), failed.Token);
            }
            catch (Exception ex) when (ex is not RendererUnavailableException)
            {
                if (ex is not OperationCanceledException || !failed.IsCancellationRequested)
                {
                    Interlocked.CompareExchange(ref firstError, ex, null);
                }

                await failed.CancelAsync();
                throw;
            }
        }, CancellationToken.None)).ToArray();

        // Wait for every renderer to stop (no await on WhenAll's own exception, which would hide all but one), then judge.
        await Task.WhenAll(renders).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
        if (firstError is not null)
        {
            // The error that started it, not what its cancellation caused in the other renderers.
            ExceptionDispatchInfo.Throw(firstError);
        }

        var files = new List<ReportFile>();
        var skipped = new List<SkippedFormat>();
        for (var i = 0; i < renderers.Length; i++)
        {
            if (renders[i].IsCompletedSuccessfully)
            {
                files.Add(renders[i].Result);
                continue;
            }

            var reason = renders[i].Exception!.InnerException!.Message;
            File.Delete(Path.Combine(tempFolder, renderers[i].FileName));
            skipped.Add(new SkippedFormat(renderers[i].Format, reason));
            _logger.LogWarning("Report {Report} for {ClientId}: no {Format}. {Reason}", ReportLogName.For(content.ReportId), clientId, renderers[i].Format, _logText.Redact(reason, [content.ReportId]));
        }

        return (files, skipped);
    }

    /// <summary>A plain folder or file name: letters, digits, '.', '_', '-', starting with a letter or digit, no "..".</summary>
    public static bool IsSafeSegment(string? value) =>
        value is { Length: > 0 and <= MaxSegmentLength }
        && char.IsAsciiLetterOrDigit(value[0])
        && !value.Contains("..", StringComparison.Ordinal)
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Throws unless the value is a plain folder name: letters, digits, '.', '_', '-', starting with a letter or digit, no "..".</summary>
    public static void ValidateSegment(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsSafeSegment(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a safe path segment: use 1-{MaxSegmentLength} letters, digits, '.', '_' or '-', starting with a letter or digit, without '..'.",
                paramName);
        }
    }

    private static async Task<ReportFile> WriteFileAsync(string folder, string name, Func<Stream, CancellationToken, Task> render, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, name);
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await render(output, cancellationToken);
            output.Flush(flushToDisk: true);
        }

        // Hash what is on disk, not what the renderer meant to write.
        await using var written = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(written, cancellationToken);
        return new ReportFile(name, written.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>An internal run's folder says so in its name too, so every path to its files carries the mark.</summary>
    private static string FolderName(ReportContent content) => $"{content.ReportId}-{content.Period.Label}{(content.InternalOnly ? "-internal" : "")}";

    /// <summary>This process's staging folders start with host and process id, so a sweep can tell a live run from a killed one.</summary>
    private static string StagingPrefix => $"{Environment.MachineName}-{Environment.ProcessId}-";

    /// <summary>Removes staging folders of this host's processes that no longer run (killed mid-run).</summary>
    private void SweepAbandonedStaging(string stagingRoot)
    {
        var hostPrefix = $"{Environment.MachineName}-";
        foreach (var folder in Directory.EnumerateDirectories(stagingRoot, hostPrefix + "*"))
        {
            var rest = Path.GetFileName(folder)[hostPrefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                DeleteLeftover(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            // GetProcessById's way of saying "no such process".
            return false;
        }
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
            // The staging and replaced folders are dot-folders, but the error may name a file in them all the same (decision 115).
            _logger.LogWarning(_logText.Redact(ex, []), "Could not delete leftover outbox folder {Folder}", _logText.Redact(folder, []));
        }
    }
}
