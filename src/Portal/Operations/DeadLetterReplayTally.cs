namespace Sermo.Portal.Operations;

/// <summary>What a replay of some dead-letter rows did, with one line per row as `deadletters replay` prints it.</summary>
/// <param name="Skipped">Rows not replayed (their origin is gone, or they were replayed already); they stay open.</param>
/// <param name="RollupJob">The queued cube rollup's job id; null when nothing was stored.</param>
public sealed record DeadLetterReplayTally(int Rows, int Skipped, long Stored, long RefusedAgain, IReadOnlyList<string> Lines, string? RollupJob)
{
    public string Summary => $"replayed {Rows - Skipped:N0} of {Rows:N0} rows: {Stored:N0} posts stored, {RefusedAgain:N0} records refused again";
}
