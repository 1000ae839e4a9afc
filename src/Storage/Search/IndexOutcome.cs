namespace Sermo.Storage.Search;

/// <summary>
/// What an index did with a batch: every post is indexed except the <see cref="Refused"/> ones, which the engine
/// rejected for good (a mapping failure, never an outage: outages throw and the backlog replays them).
/// </summary>
public sealed record IndexOutcome(IReadOnlyList<RefusedPost> Refused)
{
    public static readonly IndexOutcome AllIndexed = new([]);
}

/// <summary>A post the index refused, with the engine's reason; the ingest pipeline dead-letters it.</summary>
public sealed record RefusedPost(string PostId, string Reason)
{
    /// <summary>The dead-letter source and reason for refused posts (position: the post id).</summary>
    public const string DeadLetterSource = "search-index";

    public const string DeadLetterReason = "search-index-refused";
}
