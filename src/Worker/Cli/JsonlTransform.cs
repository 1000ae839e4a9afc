using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// The shared loop of the file verbs (<c>scrub</c>, <c>tag</c>): read <c>{"id","text"}</c> lines, transform them in
/// parallel batches, write one output line per input line in input order. A bad line is reported on stderr with
/// its line number and reason and produces no output line (never the raw text); the verb then exits 1.
/// </summary>
internal static class JsonlTransform
{
    private const int BatchSize = 2048;

    public static async Task<int> RunAsync(string inPath, string outPath, Func<string, JsonObject> transform, CancellationToken ct)
    {
        if (!File.Exists(inPath))
        {
            throw new UserInputException($"--in: no such file '{inPath}'.");
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        using var reader = new StreamReader(inPath, utf8, detectEncodingFromByteOrderMarks: true);
        await using var writer = outPath == "-" ? Console.Out : new StreamWriter(outPath, append: false, utf8);
        int lineNumber = 0, written = 0, failed = 0;
        var batch = new List<(int Line, string Text)>(BatchSize);

        while (true)
        {
            var line = await reader.ReadLineAsync(ct);
            if (line is not null)
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    batch.Add((lineNumber, line));
                }
            }

            if (batch.Count == BatchSize || (line is null && batch.Count > 0))
            {
                var results = new (string? Json, string? Error)[batch.Count];
                Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = ct }, i => results[i] = Transform(batch[i].Text, transform));
                for (var i = 0; i < results.Length; i++)
                {
                    if (results[i].Json is { } json)
                    {
                        await writer.WriteLineAsync(json.AsMemory(), ct);
                        written++;
                    }
                    else
                    {
                        failed++;
                        await Console.Error.WriteLineAsync($"{inPath}:{batch[i].Line}: {results[i].Error}");
                    }
                }

                batch.Clear();
                await Console.Error.WriteLineAsync($"  {lineNumber:N0} lines read, {written:N0} written, {failed:N0} failed");
            }

            if (line is null)
            {
                break;
            }
        }

        await writer.FlushAsync(ct);
        return failed == 0 ? 0 : 1;
    }

    private static (string? Json, string? Error) Transform(string line, Func<string, JsonObject> transform)
    {
        JsonObject input;
        try
        {
            input = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("not a JSON object");
        }
        catch (JsonException ex)
        {
            return (null, $"malformed-json: {ex.Message}");
        }

        if (input["text"] is not JsonValue textValue || !textValue.TryGetValue<string>(out var text))
        {
            return (null, "missing-text: \"text\" must be a string");
        }

        try
        {
            var output = new JsonObject { ["id"] = input["id"]?.DeepClone() };
            foreach (var (name, value) in transform(text))
            {
                output[name] = value?.DeepClone();
            }

            return (output.ToJsonString(), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or Ingest.Anonymization.ScrubFailedException)
        {
            return (null, $"rejected: {ex.Message}");
        }
    }
}
