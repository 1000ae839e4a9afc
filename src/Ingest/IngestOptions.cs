using System.ComponentModel.DataAnnotations;

namespace Sermo.Ingest;

public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Secret that keys author references into author keys; the store never sees a raw author reference.</summary>
    [Required]
    [MinLength(16)]
    public string AuthorKeySecret { get; set; } = "";

    /// <summary>Folder watched for dropped <c>*.jsonl</c> files; empty disables the file source.</summary>
    public string? DropFolder { get; set; }

    /// <summary>
    /// Posts per batch: enriched together and committed in one transaction. Each commit writes every page it dirtied
    /// to the WAL, and a batch touches one leaf per distinct day and tag value however few of its posts land there,
    /// so larger batches write fewer pages per post (decision 088: 2,000 against 500 took SQLite's commit from 16–18
    /// to 7 µs a post in a replay of the writer's statements).
    /// </summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2_000;

    /// <summary>Longest accepted post text, in characters; longer posts are dead-lettered.</summary>
    [Range(1, 16 * 1024 * 1024)]
    public int MaxTextChars { get; set; } = 100_000;

    /// <summary>Longest line a file drop may have, in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxLineBytes { get; set; } = 1024 * 1024;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Days a raw drop or push file is kept in the drop folder's <c>processed/</c> folder after all its posts are
    /// committed or dead-lettered, so a dead letter can be shown and replayed; 0 deletes it at once (decision 097).
    /// </summary>
    [Range(0, 3650)]
    public int RawRetentionDays { get; set; } = 7;

    /// <summary>How often the host looks for retained raw files past <see cref="RawRetentionDays"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Ingest:RawRetentionSweepInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan RawRetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a host's hold on a source lasts unless renewed (it renews every third of this while it reads). A host
    /// that dies is replaced on its sources this long after its last renewal, at the other hosts' next cycle.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Ingest:LeaseDuration must be between 00:00:01 and 00:10:00.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The earliest date a post may carry; older ones are dead-lettered (see <see cref="Pipeline.PostDateWindow"/>).</summary>
    public DateOnly EarliestPostDate { get; set; } = new(2000, 1, 1);

    /// <summary>
    /// Dead-letter rows one run over one source writes before further rejections only add to the row of their reason
    /// (each row counts its records and spans their positions, so every rejected record stays accounted for).
    /// </summary>
    [Range(1, 100_000)]
    public int DeadLetterRowsPerSource { get; set; } = 100;

    /// <summary>
    /// Derive each upsert's stored-row values (times as text, entity JSON, tag rows, facet string) on the enrichment
    /// threads instead of the store's writer. Off by default: the values then live across the batch queue and were
    /// promoted to older GC generations, which cost the enrichment more than the writer saved on two cores (decision
    /// 075); worth turning on only where the writer, not the enrichment, is the limit.
    /// </summary>
    public bool PrepareRowsOffWriter { get; set; }
}
