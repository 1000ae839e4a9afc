using System.CommandLine;
using System.Text.Json;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// Where a file verb puts its bad input lines (decision 035): one <c>{"line","reason"}</c> object per bad line in a JSONL
/// file, never the line's text, so stderr carries one summary line however many lines are bad. The file is created at
/// the first bad line, and one left by an earlier run is removed at the start, so it always belongs to the last run.
/// </summary>
internal sealed class JsonlRejects : IDisposable
{
    private readonly Dictionary<string, int> _byReason = new(StringComparer.Ordinal);
    private FileStream? _file;
    private Utf8JsonWriter? _json;

    private JsonlRejects(string path) => Path = path;

    public string Path { get; }

    public int Count { get; private set; }

    /// <summary>The <c>--rejects</c> option the file verbs share.</summary>
    public static Option<string?> CreateOption() => new("--rejects")
    {
        Description = "JSONL file of the bad input lines, one {\"line\",\"reason\"} each (never their text); default: the --out path (the --in path for '-') plus '.rejects.jsonl'.",
    };

    /// <summary>The rejects file of a run: <paramref name="rejectsPath"/>, else beside the output (or the input for stdout).</summary>
    public static JsonlRejects Open(string inPath, string outPath, string? rejectsPath)
    {
        var path = rejectsPath ?? (outPath == "-" ? inPath : outPath) + ".rejects.jsonl";
        var full = System.IO.Path.GetFullPath(path);
        if (full == System.IO.Path.GetFullPath(inPath) || (outPath != "-" && full == System.IO.Path.GetFullPath(outPath)))
        {
            throw new UserInputException($"--rejects: '{path}' is the input or output file; name another file.");
        }

        if (Directory.Exists(full))
        {
            throw new UserInputException($"--rejects: '{path}' is a folder; name a file.");
        }

        try
        {
            File.Delete(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--rejects: cannot replace '{path}': {ex.Message}");
        }

        return new JsonlRejects(path);
    }

    public void Add(int line, string reason)
    {
        if (_json is null)
        {
            try
            {
                _file = new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.Read);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException($"--rejects: cannot write '{Path}': {ex.Message}");
            }

            _json = new Utf8JsonWriter(_file);
        }

        _json.WriteStartObject();
        _json.WriteNumber("line", line);
        _json.WriteString("reason", reason);
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _file!.WriteByte((byte)'\n');
        Count++;
        var code = Code(reason);
        _byReason[code] = _byReason.GetValueOrDefault(code) + 1;
    }

    /// <summary>The reason codes and their counts, most frequent first: "malformed-json 30, missing-text 2".</summary>
    public string Summary() =>
        string.Join(", ", _byReason.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value:N0}"));

    public void Dispose()
    {
        _json?.Dispose();
        _file?.Dispose();
    }

    // The code before the detail ("malformed-json: '0xEF' is an invalid ..."): the detail may quote input bytes, which
    // belong in the file, not on a terminal or in a log line.
    private static string Code(string reason) => reason.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? reason[..colon] : reason;
}
