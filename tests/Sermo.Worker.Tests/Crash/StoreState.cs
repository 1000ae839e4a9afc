using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Delivery;
using Sermo.Reports.Outbox;
using Sermo.Storage.Cube;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Crash;

/// <summary>What a data folder holds, in comparable form: its posts, its dead-lettered records, its cube, its reports.</summary>
internal static class StoreState
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web);

    /// <summary>Every stored post, one line each, ordered by id (a post stored twice or missing shows as a difference).</summary>
    public static IReadOnlyList<string> Posts(CrashBackend backend, string folder) => backend.Lines(folder, """
        SELECT post_id || '|' || author_key || '|' || created_at || '|' || coalesce(specialty, '') || '|' || coalesce(state, '') || '|' ||
               sentiment || '|' || entities_json || '|' || adverse_json || '|' || text
        FROM posts ORDER BY post_id
        """);

    /// <summary>Refused records by reason, counted per record (rows may split differently after a crash; records may not).</summary>
    public static IReadOnlyList<string> DeadLetters(CrashBackend backend, string folder) =>
        backend.Lines(folder, "SELECT reason || ' ' || SUM(records) FROM dead_letters WHERE replayed_at IS NULL GROUP BY reason ORDER BY reason");

    /// <summary>Every client's cube over the whole post range, at each interval and segmentation, as JSON.</summary>
    public static async Task<string> CubeAsync(CrashBackend backend, string folder, IEnumerable<string> clients)
    {
        using var host = SermoHost.Build(DataFolder.Resolve(folder, create: false), verbose: false, backend.Settings(folder));
        var cube = host.Services.GetRequiredService<IHeatMapCube>();
        var range = await cube.GetPostRangeAsync(CancellationToken.None) ?? throw new InvalidDataException("no posts");
        var slices = new StringBuilder();
        foreach (var client in clients)
        {
            foreach (var interval in Enum.GetValues<BucketInterval>())
            {
                foreach (var segment in Enum.GetValues<SegmentBy>())
                {
                    var slice = await cube.GetSliceAsync(client, interval, range.First, range.Last, segment, CancellationToken.None);
                    slices.AppendLine(JsonSerializer.Serialize(slice with
                    {
                        Cells = [.. slice.Cells.OrderBy(c => (c.Term, c.Bucket, c.Segment))],
                        RowTotals = [.. slice.RowTotals.OrderBy(c => (c.Term, c.Segment))],
                        Activity = [.. slice.Activity.OrderBy(a => (a.Bucket, a.Segment))],
                    }));
                }
            }
        }

        backend.ClearPools();
        return slices.ToString();
    }

    /// <summary>The cube of a copy of the folder recomputed from its posts (every day marked dirty, then rolled up).</summary>
    public static async Task<string> RecountedCubeAsync(CrashBackend backend, string folder, IEnumerable<string> clients)
    {
        var copy = folder + "-recount";
        await backend.CopyAsync(folder, copy);
        using (var host = SermoHost.Build(DataFolder.Resolve(copy, create: false), verbose: false, backend.Settings(copy)))
        {
            var cube = host.Services.GetRequiredService<IHeatMapCube>();
            var range = await cube.GetPostRangeAsync(CancellationToken.None) ?? throw new InvalidDataException("no posts");
            await cube.RebuildAsync(range.First, range.Last, CancellationToken.None);
        }

        backend.ClearPools();
        try
        {
            return await CubeAsync(backend, copy, clients);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>
    /// What a client can see of its outbox through the report API's reader: each listed report must be whole (every
    /// file its manifest names present with that SHA-256). Returns the problems found, none when all is well.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PartialReportsAsync(ClientReportReader reader, string outbox, IEnumerable<string> clients)
    {
        var problems = new List<string>();
        foreach (var client in clients)
        {
            foreach (var report in await reader.ListAsync(client, CancellationToken.None))
            {
                if (report.Manifest.Files.Count == 0)
                {
                    problems.Add($"{client}/{report.Name}: listed with no files");
                }

                if (await MismatchAsync(Path.Combine(outbox, client, report.Name)) is { } mismatch)
                {
                    problems.Add($"{client}/{report.Name}/{mismatch}");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// The first file of the folder whose bytes differ from its manifest, judged within one rendering: a run in another
    /// process may publish a newer rendering of the folder (a whole-folder swap) between the listing and the reads, so
    /// the files are compared with the manifest that is on disk before and after they are read, and read again when the
    /// manifest changed meanwhile. Null when the folder is whole, or was replaced by no folder at all.
    /// </summary>
    private static async Task<string?> MismatchAsync(string folder)
    {
        var manifestPath = Path.Combine(folder, ReportWriter.ManifestFileName);
        for (var attempt = 0; ; attempt++)
        {
            var before = await ReadOrNullAsync(manifestPath);
            if (before is null)
            {
                return null;
            }

            var manifest = JsonSerializer.Deserialize<ReportManifest>(before, ManifestJson)!;
            string? mismatch = null;
            foreach (var file in manifest.Files)
            {
                var bytes = await ReadOrNullAsync(Path.Combine(folder, file.Name));
                var actual = bytes is null ? "missing" : Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (actual != file.Sha256)
                {
                    mismatch ??= $"{file.Name}: {actual}, manifest says {file.Sha256}";
                }
            }

            var after = await ReadOrNullAsync(manifestPath);
            if (mismatch is null || (after is not null && after.AsSpan().SequenceEqual(before)) || attempt == 5)
            {
                return mismatch;
            }
        }
    }

    private static async Task<byte[]?> ReadOrNullAsync(string path)
    {
        try
        {
            return await File.ReadAllBytesAsync(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>What one list holds that the other does not, both ways, a few lines each, shortened: a failure message a reader can act on.</summary>
    public static string Difference(IReadOnlyList<string> crashed, IReadOnlyList<string> reference)
    {
        static string Shown(IEnumerable<string> lines) => string.Join("\n    ", lines.Take(5).Select(l => l.Length > 200 ? l[..200] + "…" : l));
        var onlyCrashed = crashed.Except(reference, StringComparer.Ordinal).ToList();
        var onlyReference = reference.Except(crashed, StringComparer.Ordinal).ToList();
        var duplicated = crashed.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return $"{crashed.Count} lines after the crashes, {reference.Count} uncrashed; only after the crashes ({onlyCrashed.Count}):\n    {Shown(onlyCrashed)}\n"
            + $"  only uncrashed ({onlyReference.Count}):\n    {Shown(onlyReference)}\n  twice after the crashes ({duplicated.Count}):\n    {Shown(duplicated)}";
    }
}
