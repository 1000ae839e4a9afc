namespace Sermo.Worker.Http;

/// <summary>
/// How many searches <c>GET /api/search</c> runs at once and how many may wait (section <c>Search:Admission</c>).
/// A search is CPU-bound on the index, so more at once than the cores only lengthens each; the rest queue briefly and
/// beyond the queue, or past <see cref="MaxQueueWait"/>, are answered 503 with Retry-After at once.
/// </summary>
public sealed class SearchAdmissionOptions
{
    public const string SectionName = "Search:Admission";

    /// <summary>Searches running at once; 0 means one per core (a search is CPU-bound: a second one per core only
    /// doubles both durations, decision 043).</summary>
    public int MaxConcurrent { get; set; }

    /// <summary>Searches waiting for a slot; one more is refused.</summary>
    public int QueueLimit { get; set; } = 32;

    /// <summary>Longest a search waits for a slot before it is refused; a search expected to wait longer (the queue
    /// ahead at the recent mean duration) is refused at once. Half a second plus a search stays well inside a client's
    /// 2 s timeout.</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest from a search's arrival to its answer: a search still queued or running then is cancelled and
    /// answered 503 with Retry-After, inside a client's usual 2 s timeout, instead of answering after the client left.</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Seconds a refused client is told to wait (Retry-After).</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    public int EffectiveMaxConcurrent => MaxConcurrent > 0 ? MaxConcurrent : Environment.ProcessorCount;

    public static string Key(string property) => $"{SectionName}:{property}";

    public IEnumerable<string> Failures()
    {
        if (MaxConcurrent is < 0 or > 1024)
        {
            yield return $"{Key(nameof(MaxConcurrent))} is {MaxConcurrent}; use 1 to 1024, or 0 for one per core";
        }

        if (QueueLimit is < 0 or > 100_000)
        {
            yield return $"{Key(nameof(QueueLimit))} is {QueueLimit}; use 0 to 100000";
        }

        if (MaxQueueWait <= TimeSpan.Zero || MaxQueueWait > TimeSpan.FromMinutes(1))
        {
            yield return $"{Key(nameof(MaxQueueWait))} is {MaxQueueWait}; use more than 0 and at most 00:01:00";
        }

        if (AnswerWithin <= TimeSpan.Zero || AnswerWithin > TimeSpan.FromMinutes(5))
        {
            yield return $"{Key(nameof(AnswerWithin))} is {AnswerWithin}; use more than 0 and at most 00:05:00";
        }

        if (RetryAfterSeconds is < 1 or > 3600)
        {
            yield return $"{Key(nameof(RetryAfterSeconds))} is {RetryAfterSeconds}; use 1 to 3600";
        }
    }
}
