namespace Sermo.Worker.Jobs;

/// <summary>
/// The queues of one host. A host that runs the schedules takes the shared <see cref="Shared"/> queue; every process
/// also has a queue of its own, where its verbs' jobs wait, so those run here (this data folder, this configuration)
/// even when several hosts share one PostgreSQL storage.
/// </summary>
public sealed class JobQueues
{
    public const string Shared = "default";

    /// <summary>Hangfire queue names allow lower-case letters, digits, '_' and '-'.</summary>
    public string Own { get; } = "host-" + Guid.NewGuid().ToString("N")[..12];
}
