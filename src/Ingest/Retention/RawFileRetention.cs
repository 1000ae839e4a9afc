using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Retention;

/// <summary>
/// Raw drop and push files after ingest (decision 097). A file whose every line has been committed or dead-lettered
/// moves to the drop folder's <c>processed/</c> folder, stamped with the time it moved, and is deleted
/// <see cref="IngestOptions.RawRetentionDays"/> later (0: deleted at once, never moved). The window keeps
/// <c>deadletters show</c> and <c>replay</c> working on recent rejections (decision 018: the file is the only copy of a
/// refused record); after it, the raw text and author references of its posts are off the host's disk.
/// </summary>
public sealed class RawFileRetention(IOptions<IngestOptions> options, TimeProvider time, ILogger<RawFileRetention> logger)
{
    public const string ProcessedFolderName = "processed";

    /// <summary>The folder retained files wait in; null when there is no drop folder.</summary>
    public string? ProcessedFolder =>
        string.IsNullOrWhiteSpace(options.Value.DropFolder) ? null : Path.Combine(options.Value.DropFolder, ProcessedFolderName);

    /// <summary>
    /// Called once <paramref name="source"/> has been read to its end and every batch committed. A file outside the
    /// drop folder (one a verb was pointed at) is the caller's and stays; a file that grew while it was read is left
    /// for the next cycle to finish.
    /// </summary>
    public void Drained(JsonlFileSource source, long lengthBeforeRead)
    {
        ArgumentNullException.ThrowIfNull(source);
        var drop = options.Value.DropFolder;
        if (string.IsNullOrWhiteSpace(drop) || ProcessedFolder is not { } processed
            || !string.Equals(Path.GetDirectoryName(Path.GetFullPath(source.Path)), Path.GetFullPath(drop), StringComparison.Ordinal))
        {
            return;
        }

        var file = new FileInfo(source.Path);
        if (!file.Exists || file.Length != lengthBeforeRead)
        {
            return;
        }

        if (options.Value.RawRetentionDays == 0)
        {
            file.Delete();
            logger.LogInformation("Deleted raw file {Source}: its posts are committed and Ingest:RawRetentionDays is 0", source.Name);
            return;
        }

        Directory.CreateDirectory(processed);
        var target = Path.Combine(processed, file.Name);
        file.MoveTo(target, overwrite: true);
        // The stamp is when the retention window starts: the sweep reads it back with the same clock.
        File.SetLastWriteTimeUtc(target, time.GetUtcNow().UtcDateTime);
        logger.LogInformation("Moved raw file {Source} to {Folder}; deleted after {Days} days", source.Name, ProcessedFolderName, options.Value.RawRetentionDays);
    }

    /// <summary>Deletes every retained file whose window has passed; returns how many.</summary>
    public int Sweep()
    {
        if (ProcessedFolder is not { } processed || !Directory.Exists(processed))
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.RawRetentionDays);
        var deleted = 0;
        foreach (var file in new DirectoryInfo(processed).EnumerateFiles("*.jsonl"))
        {
            if (file.LastWriteTimeUtc <= cutoff)
            {
                file.Delete();
                deleted++;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Files} raw file(s) past Ingest:RawRetentionDays ({Days})", deleted, options.Value.RawRetentionDays);
        }

        return deleted;
    }

    /// <summary>Where a dead letter's raw file is now: the drop folder, else <c>processed/</c>; null once deleted.</summary>
    public static string? Locate(string dropFolder, string fileName)
    {
        var waiting = Path.Combine(dropFolder, fileName);
        if (File.Exists(waiting))
        {
            return waiting;
        }

        var retained = Path.Combine(dropFolder, ProcessedFolderName, fileName);
        return File.Exists(retained) ? retained : null;
    }

    /// <summary>What replay and show say once a raw file is gone.</summary>
    public static string Gone(string fileName, int retentionDays) => string.Create(CultureInfo.InvariantCulture,
        $"the raw record is gone: {fileName} is in neither the drop folder nor {ProcessedFolderName}/ (raw files are deleted {retentionDays} day(s) after their posts are committed, Ingest:RawRetentionDays), and no copy of a refused record is kept");
}
