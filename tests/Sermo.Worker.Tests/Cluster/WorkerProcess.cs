using System.Collections.Concurrent;
using System.Diagnostics;

namespace Sermo.Worker.Tests.Cluster;

/// <summary>
/// A real <c>sermo</c> host in a child process (the Worker built beside the tests), with its output kept for the
/// failure message. <see cref="Kill"/> is SIGKILL on Linux: no drain, no finally, no rollback in the child.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output => string.Join('\n', _output);

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WorkerPath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SERMO_DATA");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new WorkerProcess(Process.Start(start)!);
    }

    /// <summary>SIGKILLs the host and returns once it is gone, so nothing it does can follow the caller's next look.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    // The test project references the Worker, so its sermo.dll and runtime config are built beside the tests.
    private static string WorkerPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "sermo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("sermo.dll is not beside the tests; build tests/Sermo.Worker.Tests.", path);
    }
}
