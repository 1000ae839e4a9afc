using Sermo.Analytics.Tagging;

namespace Sermo.Ingest.Pipeline;

/// <summary>What one pass over one source did. Counts add up across sources with <see cref="Add"/>.</summary>
public sealed record IngestRunSummary(
    int Read,
    int Inserted,
    int Updated,
    int Unchanged,
    int Removed,
    int DeadLettered,
    int Redactions,
    IReadOnlyDictionary<EntityType, int> TagsByType,
    IReadOnlyDictionary<string, int> DeadLettersByReason)
{
    public static readonly IngestRunSummary Empty = new(0, 0, 0, 0, 0, 0, 0, new Dictionary<EntityType, int>(), new Dictionary<string, int>());

    /// <summary>Busy time per pipeline stage (see <see cref="IngestStageTimes"/>).</summary>
    public IngestStageTimes Stages { get; init; } = IngestStageTimes.Zero;

    /// <summary>
    /// Sources this pass skipped because another holder leased them: another host reading them, or a killed run whose
    /// lease has not expired yet. Their records are not lost; they are read once the lease is free.
    /// </summary>
    public IReadOnlyList<string> Busy { get; init; } = [];

    public int Ingested => Inserted + Updated;

    public IngestRunSummary Add(IngestRunSummary other) => new(
        Read + other.Read,
        Inserted + other.Inserted,
        Updated + other.Updated,
        Unchanged + other.Unchanged,
        Removed + other.Removed,
        DeadLettered + other.DeadLettered,
        Redactions + other.Redactions,
        Merge(TagsByType, other.TagsByType),
        Merge(DeadLettersByReason, other.DeadLettersByReason))
    {
        Stages = Stages.Add(other.Stages),
        Busy = [.. Busy, .. other.Busy],
    };

    private static Dictionary<TKey, int> Merge<TKey>(IReadOnlyDictionary<TKey, int> a, IReadOnlyDictionary<TKey, int> b)
        where TKey : notnull
    {
        var merged = new Dictionary<TKey, int>(a);
        foreach (var (key, count) in b)
        {
            merged[key] = merged.GetValueOrDefault(key) + count;
        }

        return merged;
    }
}

/// <summary>Progress of a running pass, reported after each committed batch.</summary>
public sealed record IngestProgress(string Source, int Read, int Ingested, int DeadLettered);
