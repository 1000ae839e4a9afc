using Sermo.Analytics.Posts;
using Sermo.Analytics.Safety;

namespace Sermo.Storage.Safety;

/// <summary>A reviewer's decision on a queue item.</summary>
/// <param name="Outcome">One of <see cref="SafetyOutcomes.All"/>.</param>
/// <param name="Reviewer">The safety staff member's name as given to the CLI (Sermo staff, never a forum member).</param>
public sealed record SafetyDecision(string Outcome, string Reviewer, string? Note, DateTimeOffset DecidedAt);

/// <summary>One item of the adverse-event review queue.</summary>
/// <param name="DueAt">One business day after <paramref name="QueuedAt"/> (<see cref="BusinessDayClock"/>).</param>
public sealed record SafetyQueueItem(long Id, SafetyCase Case, DateTimeOffset QueuedAt, DateTimeOffset DueAt, SafetyDecision? Decision);

/// <summary>
/// The adverse-event review queue for Sermo's safety staff (never a client), on either backend. Items are added by
/// scanning posts stored since the last scan; the author key is never copied into the queue.
/// </summary>
public interface ISafetyQueue
{
    /// <summary>Looks at every post with adverse-event pairs stored since the last scan and queues those <paramref name="assess"/> returns a case for; returns how many were queued.</summary>
    Task<int> ScanAsync(Func<TaggedPost, SafetyCase?> assess, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Open items, soonest due first; with <paramref name="includeDecided"/>, decided ones after them, newest decision first.</summary>
    Task<IReadOnlyList<SafetyQueueItem>> ListAsync(bool includeDecided, CancellationToken cancellationToken);

    Task<SafetyQueueItem?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Records (or replaces) the decision on item <paramref name="id"/>; false when there is no such item or it was
    /// withdrawn (its post deleted or its author opted out before review: nothing is left to decide on).
    /// </summary>
    Task<bool> DecideAsync(long id, SafetyDecision decision, CancellationToken cancellationToken);
}
