namespace Sermo.Ingest.Pipeline;

/// <summary>
/// What a stage cost on the threads that ran it: their CPU time (<see cref="ThreadCpuClock"/>; zero where it cannot be
/// read) and the managed bytes they allocated. Summed over batches and workers, like the wall times of
/// <see cref="IngestStageTimes"/>, but unlike them it does not grow when the machine is loaded.
/// </summary>
public readonly record struct StageCost(TimeSpan Cpu, long AllocatedBytes)
{
    public StageCost Add(StageCost other) => new(Cpu + other.Cpu, AllocatedBytes + other.AllocatedBytes);
}

/// <summary>The current thread's counters at a stage's start; <see cref="TryStop"/> on the same thread gives the stage's cost.</summary>
internal readonly struct StageMeter
{
    private readonly long _cpuNanoseconds;
    private readonly long _allocated;
    private readonly int _thread;

    private StageMeter(long cpuNanoseconds, long allocated, int thread)
    {
        _cpuNanoseconds = cpuNanoseconds;
        _allocated = allocated;
        _thread = thread;
    }

    public static StageMeter Start() =>
        new(ThreadCpuClock.NowNanoseconds(), GC.GetAllocatedBytesForCurrentThread(), Environment.CurrentManagedThreadId);

    /// <summary>False when the stage ended on another thread (an await that yielded): the thread's counters do not cover it.</summary>
    public bool TryStop(out StageCost cost)
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            cost = default;
            return false;
        }

        cost = new StageCost(
            TimeSpan.FromTicks((ThreadCpuClock.NowNanoseconds() - _cpuNanoseconds) / 100),
            GC.GetAllocatedBytesForCurrentThread() - _allocated);
        return true;
    }
}
