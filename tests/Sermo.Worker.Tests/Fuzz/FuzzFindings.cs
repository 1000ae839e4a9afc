using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>What a fuzz run tried and what broke a promise, per target; written as the run's results file.</summary>
internal sealed class FuzzFindings
{
    private const int ShownInputChars = 160;
    private readonly ConcurrentDictionary<string, int> _cases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();

    public int Cases => _cases.Values.Sum();

    public IReadOnlyList<string> Failures => [.. _failures];

    /// <summary>One input tried against <paramref name="target"/>, and how it was answered (a status, an exit code, a reason).</summary>
    public void Tried(string target, string outcome)
    {
        _cases.AddOrUpdate(target, 1, (_, n) => n + 1);
        _outcomes.AddOrUpdate($"{target}\t{outcome}", 1, (_, n) => n + 1);
    }

    /// <summary>
    /// Sends <paramref name="request"/>, or records it as not sendable and returns null when the client library refuses to
    /// send it (an invalid header value, or a path that does not combine with the base address into a URL: seed 20261204
    /// ended a run there): nothing reached the server.
    /// </summary>
    public async Task<HttpResponseMessage?> SendAsync(HttpClient client, HttpRequestMessage request, string target)
    {
        try
        {
            return await client.SendAsync(request);
        }
        catch (Exception ex) when (ex is HttpRequestException or UriFormatException)
        {
            Tried(target, "not sendable: " + ex.GetType().Name);
            return null;
        }
    }

    /// <summary>A broken promise: a crash, a 500, a second stderr line, a refused record that left no dead letter.</summary>
    public void Failed(string target, string input, string what) =>
        _failures.Enqueue($"{target}: {what}; input: {Shown(input)}");

    public string Report(int seed, string command, TimeSpan took)
    {
        var text = new StringBuilder();
        text.AppendLine("# Fuzz run").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Command: `{command}`  ");
        text.AppendLine(CultureInfo.InvariantCulture, $"Seed {seed}; {Cases:N0} generated malformed inputs; {took.TotalSeconds:N0} s (measured under load, on the product's own paths:");
        text.AppendLine("the `sermo` command line in-process, the `serve` web app on real Kestrel, the ingest pipeline on a real SQLite data folder, search on SQLite and PostgreSQL).").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{_failures.Count} broken promises.**").AppendLine();
        text.AppendLine("| target | inputs |").AppendLine("|---|---:|");
        foreach (var (target, count) in _cases.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {count:N0} |");
        }

        text.AppendLine().AppendLine("## How they were answered").AppendLine().AppendLine("| target | answer | inputs |").AppendLine("|---|---|---:|");
        foreach (var (key, count) in _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var parts = key.Split('\t');
            text.AppendLine(CultureInfo.InvariantCulture, $"| {parts[0]} | {parts[1].Replace("|", "\\|", StringComparison.Ordinal)} | {count:N0} |");
        }

        text.AppendLine().AppendLine("## Broken promises").AppendLine();
        foreach (var failure in _failures.Take(200))
        {
            text.AppendLine("- " + failure.Replace("\n", "\\n", StringComparison.Ordinal));
        }

        if (_failures.IsEmpty)
        {
            text.AppendLine("None.");
        }

        return text.ToString();
    }

    /// <summary>An input as a results file can show it: escaped, shortened.</summary>
    public static string Shown(string input)
    {
        var escaped = new StringBuilder();
        foreach (var c in input.Length > ShownInputChars ? input[..ShownInputChars] : input)
        {
            escaped.Append(c is < ' ' or '\u007f' or '`' || char.IsSurrogate(c) || c is '\u202E' or '\u200B' or '\uFEFF'
                ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return "`" + escaped + (input.Length > ShownInputChars ? $"…` ({input.Length:N0} chars)" : "`");
    }
}
