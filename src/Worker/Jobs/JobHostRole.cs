namespace Sermo.Worker.Jobs;

/// <summary>What a host does with Hangfire.</summary>
public enum JobHostRole
{
    /// <summary>A verb: runs the jobs it enqueues itself, on its own queue, and no schedule.</summary>
    RunNow,

    /// <summary><c>ingest --watch</c>, <c>serve --workers</c>: registers the recurring jobs and runs the shared queue too.</summary>
    Schedules,

    /// <summary><c>serve</c> without <c>--workers</c>: the job storage (for the dashboard) and no Hangfire server at all.</summary>
    StorageOnly,
}
