using System.Runtime.InteropServices;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// The calling thread's CPU time (user + system), for the stage profile: under load a stage's wall time includes the
/// time its thread waited for a core, its CPU time does not. Linux's <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>;
/// elsewhere <see cref="IsAvailable"/> is false and the profile prints allocations only.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID in Linux's <time.h>

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Nanoseconds of CPU the calling thread has used; 0 when <see cref="IsAvailable"/> is false.</summary>
    public static long NowNanoseconds()
    {
        if (!IsAvailable || ClockGetTime(ThreadCpuTimeId, out var now) != 0)
        {
            return 0;
        }

        return (now.Seconds * 1_000_000_000) + now.Nanoseconds;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A libc without the call (not glibc or musl): the profile then says CPU per stage is not measured.
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
