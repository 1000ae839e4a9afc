using System.Globalization;
using System.Text;

namespace Sermo.Worker.Tests.Crash;

/// <summary>What the crash suite did: each kill and finished run, and every partial report the watcher saw listed.</summary>
internal sealed class KillLog
{
    private readonly StringBuilder _lines = new();
    private readonly List<string> _partial = [];

    public int Kills { get; private set; }

    public int Checks { get; private set; }

    public IReadOnlyList<string> PartialReports
    {
        get
        {
            lock (_partial)
            {
                return [.. _partial];
            }
        }
    }

    public string Summary => $"{Kills} kills, {Checks} report listings checked\n{_lines}";

    public void Killed(string verb, TimeSpan after)
    {
        Kills++;
        _lines.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  kill {Kills,2}: {verb} after {after.TotalMilliseconds:0} ms"));
    }

    public void Finished(string verb, TimeSpan took) =>
        _lines.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  finished: {verb} in {took.TotalMilliseconds:0} ms"));

    public void Checked(IReadOnlyList<string> problems)
    {
        lock (_partial)
        {
            Checks++;
            _partial.AddRange(problems);
        }
    }
}
