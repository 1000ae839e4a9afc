using System.Diagnostics;
using System.Text;

namespace Sermo.Worker.Tests.Crash;

/// <summary>
/// A real <c>sermo</c> child process (the built binary, not an in-process host) in its own process group, so a
/// SIGKILL takes it and anything it started down at once, as a machine that loses power would.
/// </summary>
internal sealed class SermoProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private SermoProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            Append(e.Data);
            lock (_output)
            {
                _standardOutput.Append(e.Data is null ? "" : e.Data + "\n");
            }
        };
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>What the process wrote to stdout alone (complete once it exited).</summary>
    public string StandardOutput
    {
        get
        {
            lock (_output)
            {
                return _standardOutput.ToString();
            }
        }
    }

    public static SermoProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // setsid makes the child the leader of a new process group (its pid is the group id), so kill -KILL -pid reaches all of it.
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sermo.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return new SermoProcess(Process.Start(info) ?? throw new InvalidOperationException("setsid did not start"));
    }

    /// <summary>Waits up to <paramref name="delay"/>; true when the process ended by itself before that.</summary>
    public async Task<bool> ExitedWithinAsync(TimeSpan delay)
    {
        using var timeout = new CancellationTokenSource(delay);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>SIGKILL to the whole process group, then waits until the child is gone.</summary>
    public async Task KillAsync()
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-KILL", "--", "-" + _process.Id]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        if (!await ExitedWithinAsync(timeout))
        {
            await KillAsync();
            throw new TimeoutException($"sermo did not finish within {timeout}: {Output}");
        }

        return _process.ExitCode;
    }

    public void Dispose() => _process.Dispose();

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
