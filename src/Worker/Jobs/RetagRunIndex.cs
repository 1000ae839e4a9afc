using Hangfire.States;
using Hangfire.Storage;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Keeps the id of every re-tag job (<see cref="RetagJob"/>, <see cref="AspectRetagJob"/>) in a Hangfire set per task,
/// written in the transaction that applies each of the job's states, however it was made (the data team's page,
/// <c>models retag</c>, a trigger on <c>/jobs</c>). <see cref="RetagRuns"/> reads a task's runs from it, so they are
/// found however many other jobs the storage holds. Every state adds (a set keeps one entry), so a re-tag created
/// before the index existed joins it at its next state change.
/// </summary>
public sealed class RetagRunIndex : IApplyStateFilter
{
    public static string SetKey(string task) => "sermo:retag-runs:" + task;

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(transaction);
        if (RetagRuns.TaskOf(context.BackgroundJob.Job) is { } task)
        {
            transaction.AddToSet(SetKey(task), context.BackgroundJob.Id);
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
