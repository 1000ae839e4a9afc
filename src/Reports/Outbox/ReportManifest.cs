using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Reports.Outbox;

/// <summary>
/// manifest.json of a published report folder: what the client reads to know what the folder holds. It never names a
/// post, an author or the run's place in the server's history.
/// </summary>
/// <param name="RenderId">Random id that ties the folder to the server-side record of what it was rendered from (and quoted).</param>
/// <param name="RerenderedAt">When the folder was rendered again from the same inputs; absent for a first rendering.</param>
/// <param name="Reason">Why it was rendered again, in words a client can read.</param>
/// <param name="Release">"internal — not for release" on an operator's run that includes an open bucket; absent otherwise.</param>
public sealed record ReportManifest(
    string Client,
    string Report,
    ManifestPeriod Period,
    string Interval,
    int K,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ReportFile> Files,
    IReadOnlyList<SkippedFormat> Skipped,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RenderId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? RerenderedAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Release = null)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The manifest of <paramref name="folder"/>, or null when the folder has none (or it is not readable as one).</summary>
    public static async Task<ReportManifest?> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, ReportWriter.ManifestFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<ReportManifest>(stream, Json, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or FileNotFoundException or DirectoryNotFoundException)
        {
            // Replaced or removed between the check and the read, or not a manifest this version wrote.
            return null;
        }
    }
}

public sealed record ManifestPeriod(DateOnly From, DateOnly To);

/// <summary>What the manifest of one rendering says beyond the content.</summary>
public sealed record ReportStamp(string? RenderId, DateTimeOffset? RerenderedAt = null, string? RerenderReason = null)
{
    public static readonly ReportStamp None = new((string?)null);
}
