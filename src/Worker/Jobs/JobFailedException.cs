namespace Sermo.Worker.Jobs;

/// <summary>A job a verb ran through Hangfire ended failed (after its retries) or was deleted.</summary>
/// <param name="BadInput">It failed on input it can never run with (<see cref="JobInputException"/>), not a fault.</param>
public sealed class JobFailedException(string jobId, string reason, bool badInput) : Exception(reason)
{
    public string JobId { get; } = jobId;

    public bool BadInput { get; } = badInput;
}
