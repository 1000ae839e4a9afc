namespace Sermo.Portal.Operations;

/// <summary>What a start from the data team's page did.</summary>
/// <param name="Started">False when a re-tag of the same task was already running or waiting: nothing new was queued.</param>
/// <param name="JobId">The new job, or the one already running.</param>
/// <param name="Message">One line for the page.</param>
public sealed record RetagStart(bool Started, string JobId, string Message);

/// <summary>
/// Starts the re-tag jobs (<c>sentiment-retag</c>, <c>aspect-retag</c>) from the data team's page. The host implements it
/// over Hangfire (the jobs live in the Worker); a host without one shows no start form.
/// </summary>
public interface IRetagStarter
{
    /// <summary>Queues a re-tag of <paramref name="task"/> (sentiment or aspects) for the day range, or for every stored post when both days are null, unless one of that task is already running or waiting.</summary>
    /// <param name="actor">Who asked (<c>portal:e-mail</c>), for the log.</param>
    Task<RetagStart> StartAsync(string task, DateOnly? from, DateOnly? to, string actor, CancellationToken cancellationToken);
}
