using System.CommandLine;
using System.Globalization;
using Sermo.Worker.Cli;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// Every verb, option and file argument of the <c>sermo</c> command line, found by walking the command tree (so new
/// verbs are fuzzed too), with malformed values and files. README's promise: exit 0, 1 or 2, and a failure is one
/// line on stderr (log lines aside), never a stack trace or an "internal error". Verbs that would run for long (demo,
/// serve, training, a watching ingest) only get command lines that cannot parse, so the fuzz tries their checks, not their work.
/// </summary>
internal static class CliFuzz
{
    public const string Target = "command line";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly string[] LogPrefixes = ["trce: ", "dbug: ", "info: ", "warn: ", "fail: ", "crit: "];
    private static readonly string[] PathOptions = ["--in", "--out", "--gold", "--labels", "--model", "--registry", "--samples", "--into", "--data"];

    /// <summary>
    /// Settings a verb's host binds and validates on start (SERMO_ variables), with values out of range or of the wrong
    /// type: round 11 made Ingest:BatchSize a documented knob (decision 088), and each verb must refuse a bad one cleanly.
    /// </summary>
    private static readonly (string Key, string[] Values)[] Settings =
    [
        ("Ingest__BatchSize", ["0", "-1", "1", "100001", "2147483648", "1e3", "many", ""]),
        ("Ingest__MaxTextChars", ["0", "1", "16777217", "x"]),
        ("Ingest__MaxLineBytes", ["0", "1023", "67108865", "x"]),
        ("Ingest__LeaseDuration", ["00:00:00", "00:10:01", "-00:00:05", "soon", "00:00:05"]),
        ("Ingest__PollInterval", ["-00:00:01", "00:00:00", "x"]),
        ("Ingest__EarliestPostDate", ["2000-13-01", "0001-01-01", "9999-12-31", "x"]),
        ("Ingest__DeadLetterRowsPerSource", ["0", "100001", "x"]),
    ];

    public static async Task RunAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count)
    {
        var commands = Leaves(SermoCommandLine.Create(), []).ToList();
        var files = SandboxFiles(world, text);
        for (var i = 0; i < count; i++)
        {
            var (path, command) = text.Pick(commands);
            var args = Arguments(world, text, files, path, command);
            var setting = text.Chance(0.12) ? text.Pick(Settings) : default;
            var variable = setting.Key is null ? null : "SERMO_" + setting.Key;
            if (variable is not null)
            {
                Environment.SetEnvironmentVariable(variable, text.Pick(setting.Values));
                args = [.. args, "#", variable + "=" + Environment.GetEnvironmentVariable(variable)];
            }

            int? exit;
            string error;
            try
            {
                (exit, error) = await InvokeAsync(variable is null ? args : args[..^2], findings);
            }
            finally
            {
                if (variable is not null)
                {
                    Environment.SetEnvironmentVariable(variable, null);
                }
            }

            if (exit is null)
            {
                continue;
            }

            findings.Tried(Target, $"{string.Join(' ', path)}{(setting.Key is null ? "" : " with " + setting.Key.Replace("__", ":", StringComparison.Ordinal))} → exit {exit}");
            var shown = string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !LogPrefixes.Any(p => l.StartsWith(p, StringComparison.Ordinal))).ToList();
            if (exit is not (0 or 1 or 2))
            {
                findings.Failed(Target, shown, $"exit {exit}");
            }

            if (error.Contains("internal error:", StringComparison.Ordinal) || error.Contains("   at ", StringComparison.Ordinal) || error.Contains("Unhandled exception", StringComparison.Ordinal))
            {
                findings.Failed(Target, shown, "crashed: " + FuzzFindings.Shown(error));
            }
            else if (exit != 0 && lines.Count != 1)
            {
                findings.Failed(Target, shown, $"exit {exit} with {lines.Count} lines on stderr: {FuzzFindings.Shown(error)}");
            }
        }
    }

    private static async Task<(int? Exit, string Error)> InvokeAsync(string[] args, FuzzFindings findings)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var exit = await SermoCommandLine.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error }, timeout.Token);
            if (timeout.IsCancellationRequested)
            {
                findings.Failed(Target, string.Join(' ', args), $"still running after {Timeout.TotalSeconds} s");
            }

            return (exit, error.ToString());
        }
        catch (Exception ex)
        {
            findings.Failed(Target, string.Join(' ', args), $"threw {ex.GetType().Name}: {ex.Message}");
            return (null, "");
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    private static IEnumerable<(string[] Path, Command Command)> Leaves(Command command, string[] path)
    {
        if (path.Length > 0)
        {
            yield return (path, command);
        }

        foreach (var sub in command.Subcommands)
        {
            foreach (var leaf in Leaves(sub, [.. path, sub.Name]))
            {
                yield return leaf;
            }
        }
    }

    private static string[] Arguments(FuzzWorld world, FuzzText text, IReadOnlyList<string> files, string[] path, Command command)
    {
        var args = new List<string>(path);
        foreach (var argument in command.Arguments)
        {
            if (text.Chance(0.85))
            {
                args.Add(argument.ValueType == typeof(long[]) || argument.ValueType == typeof(long)
                    ? text.Pick(new[] { "1", "0", "-3", "99999999999999999999", "x", "2" })
                    : text.Chance(0.5) ? text.Query() : text.Value());
            }
        }

        var options = command.Options.Where(o => o.Name != "--help" && o.Name != "--version").ToList();
        for (var n = text.Next(0, 4); n > 0 && options.Count > 0; n--)
        {
            var option = text.Pick(options);
            args.Add(option.Name);
            var value = Value(world, text, files, option);
            if (value is not null)
            {
                args.Add(value);
            }
        }

        if (IsHeavy(path, args))
        {
            // Never the real work: a command line that cannot parse.
            args.Add("--fuzz-" + text.Next(1000).ToString(CultureInfo.InvariantCulture));
        }

        args.Add("--data");
        args.Add(text.Chance(0.9) ? world.Data : text.Pick(files));
        return [.. args];
    }

    // train sentiment|aspects require --labels, always a sandbox file (at most a few dozen rows), so they run for real;
    // train names (and names-rotation) without --gold would retrain on the repository's whole gold set.
    private static bool IsHeavy(string[] path, List<string> args) =>
        path[0] is "demo" or "serve" || (path[0] == "train" && (path.Length == 1 || (path[1] is "names" or "names-rotation" && !args.Contains("--gold"))))
        || (path[0] == "eval" && path.Length > 1 && path[1] == "sentiment")
        || (path[0] == "models" && path.Length > 1 && path[1] == "retag") || (path[0] == "ingest" && args.Contains("--watch"));

    private static string? Value(FuzzWorld world, FuzzText text, IReadOnlyList<string> files, Option option)
    {
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (type == typeof(bool))
        {
            return text.Chance(0.8) ? null : text.Pick(new[] { "true", "false", "maybe" });
        }

        if (PathOptions.Contains(option.Name))
        {
            return text.Chance(0.15) ? Path.Combine(world.Sandbox, "out-" + text.Next(100).ToString(CultureInfo.InvariantCulture)) : text.Pick(files);
        }

        return text.Chance(0.1) ? null : type switch
        {
            _ when type == typeof(int) || type == typeof(double) || type == typeof(float) || type == typeof(long) => text.Pick(new[] { "0", "-1", "1", "5", "200", "201", "2147483648", "1e3", "1e-7", "0.5", "NaN", "Infinity", "-Infinity", "1e39", "ten", "" }),
            _ when type == typeof(DateOnly) || type == typeof(DateTimeOffset) => text.Pick(new[] { "2026-03-01", "2026-13-01", "0001-01-01", "9999-12-31", "tomorrow", "", "2026-03-01T10:00:00+02:00" }),
            _ when type.IsEnum => text.Chance(0.5) ? text.Pick(Enum.GetNames(type)) : text.Junk(2),
            _ => text.Chance(0.3) ? FuzzWorld.Client : text.Chance(0.5) ? text.Query() : text.Value(),
        };
    }

    /// <summary>Files a fuzzed path option can name, all inside the sandbox: missing, empty, a folder, junk bytes, junk lines, a very long line.</summary>
    private static List<string> SandboxFiles(FuzzWorld world, FuzzText text)
    {
        var sandbox = world.Sandbox;
        var junkBytes = new byte[4096];
        text.Random.NextBytes(junkBytes);
        File.WriteAllBytes(Path.Combine(sandbox, "junk.bin"), junkBytes);
        File.WriteAllText(Path.Combine(sandbox, "empty.jsonl"), "");
        File.WriteAllBytes(Path.Combine(sandbox, "lines.jsonl"), text.DropBody("cli", 30));
        File.WriteAllText(Path.Combine(sandbox, "surrogate.jsonl"), "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"\\ud800 lone\"}\n{\"id\":\"c\",\"text\":\"fine\"}\n");
        File.WriteAllText(Path.Combine(sandbox, "labels.csv"), "text,label\n\"unclosed,positive\nplain,weird\n,\n");
        File.WriteAllText(Path.Combine(sandbox, "long.jsonl"), "{\"id\":\"l\",\"text\":\"" + new string('x', 2_000_000) + "\"}\n");
        // Small well-formed training files, so train and eval reach their options and the trainers, not only the file check.
        File.WriteAllLines(Path.Combine(sandbox, "train.csv"), ["label,text", .. Enumerable.Range(0, 24).Select(i =>
            (i % 3) switch { 0 => $"positive,\"eliquis worked well for patient {i}\"", 1 => $"negative,\"bleeding on warfarin again {i}\"", _ => $"neutral,\"switched to apixaban {i}\"" })]);
        File.WriteAllLines(Path.Combine(sandbox, "aspects.csv"), ["drug,aspect,polarity,text", .. Enumerable.Range(0, 24).Select(i =>
            (i % 3) switch { 0 => $"eliquis,efficacy,positive,\"eliquis worked well {i}\"", 1 => $"warfarin,safety,negative,\"bleeding on warfarin {i}\"", _ => $"humira,cost,negative,\"humira copay too high {i}\"" })]);
        Directory.CreateDirectory(Path.Combine(sandbox, "folder"));
        return [.. new[] { "junk.bin", "empty.jsonl", "lines.jsonl", "surrogate.jsonl", "labels.csv", "long.jsonl", "train.csv", "aspects.csv", "folder", "missing.jsonl", "missing/deeper/x.jsonl" }
            .Select(name => Path.Combine(sandbox, name)), "/dev/null"];
    }
}
