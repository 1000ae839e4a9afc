namespace Sermo.Worker.Jobs;

/// <summary>What one kind of re-tag does inside <see cref="PagedRetagRunner"/>'s loop.</summary>
/// <param name="Name">How the log names the pass ("Re-tag", "Aspect re-tag").</param>
/// <param name="CheckpointPrefix">First part of the checkpoint key: two passes over the same range keep apart.</param>
/// <param name="Done">What the progress line counts ("posts re-tagged"), before "with VERSION".</param>
/// <param name="PromotedVersion">Refreshes the promoted model and names its version; throws <see cref="JobInputException"/> without one.</param>
/// <param name="ReadPageAsync">The posts of the range after a row id, in row id order, at most the given number.</param>
/// <param name="RowId">A read post's row id (the cursor).</param>
/// <param name="WritePageAsync">
/// Derives the page's updates with the model of the given version and writes them with the checkpoint's new cursor in
/// one transaction (the posts that changed queued for search when the flag says so).
/// </param>
public sealed record RetagPass<TPost>(
    string Name,
    string CheckpointPrefix,
    string Done,
    Func<string> PromotedVersion,
    Func<DateOnly, DateOnly, long, int, CancellationToken, Task<IReadOnlyList<TPost>>> ReadPageAsync,
    Func<TPost, long> RowId,
    Func<IReadOnlyList<TPost>, string, string, long, bool, CancellationToken, Task> WritePageAsync);
