using Hangfire.Common;
using Hangfire.States;
using Sermo.Reports.Schedules;

namespace Sermo.Worker.Jobs;

/// <summary>
/// What Hangfire stores of a failed job (its failed state's exception type, message and full text, which the dashboard's
/// Failed and job pages show, <see cref="ForegroundJobs"/> hands to a verb, and <see cref="JobRetryPolicy"/> quotes in each
/// retry's reason) passes through <see cref="ReportLogText"/> first (decision 115): a report job's report id (its second
/// argument, also in the lock name a concurrent run times out on) and every report folder under the outbox become log
/// names. Runs before the retry rule, which then sees only the redacted exception; bad input stays
/// <see cref="JobInputException"/>, so the rule and the verbs still tell it from a fault.
/// </summary>
public sealed class JobFailureRedaction(ReportLogText text) : JobFilterAttribute, IElectStateFilter
{
    public void OnStateElection(ElectStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CandidateState is not FailedState { Exception: not RedactedException } failed)
        {
            return;
        }

        var ids = ReportIdsOf(context.BackgroundJob?.Job);
        var redacted = text.Redact(failed.Exception, ids);
        Exception stored = JobRetryPolicy.IsBadInput(failed.Exception) ? new JobInputException(redacted.Message, redacted) : redacted;
        failed.Reason = failed.Reason is null ? null : text.Redact(failed.Reason, ids);
        // The same state object, its exception swapped: a new candidate would leave this one in the job's history
        // (Hangfire records every state a filter steps over), original text and all. FailedState keeps its exception
        // in a get-only property; FailureLogTests fails if a Hangfire version moves it.
        if (ExceptionField is { } field)
        {
            field.SetValue(failed, stored);
        }
        else
        {
            context.CandidateState = new FailedState(stored, failed.ServerId) { Reason = failed.Reason };
        }
    }

    private static readonly System.Reflection.FieldInfo? ExceptionField = typeof(FailedState).GetField(
        $"<{nameof(FailedState.Exception)}>k__BackingField", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);

    /// <summary>A report job's report id: the second argument of every <see cref="ClientReportJob"/> method.</summary>
    public static IReadOnlyList<string> ReportIdsOf(Job? job) =>
        job is { Type: var type, Args: { Count: > 1 } args } && type == typeof(ClientReportJob) && args[1] is string reportId ? [reportId] : [];
}
