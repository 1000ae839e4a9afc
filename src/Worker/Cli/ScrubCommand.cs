using System.CommandLine;
using System.Text.Json.Nodes;
using Sermo.Ingest.Anonymization;

namespace Sermo.Worker.Cli;

/// <summary>Runs the ingest pipeline's anonymizer (the same <see cref="PhiScrubber"/>) over a JSONL file.</summary>
internal static class ScrubCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "JSONL input, one {\"id\",\"text\"} per line.", Required = true };
        var output = new Option<string>("--out") { Description = "JSONL output, one {\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}]} per line; '-' for stdout.", Required = true };
        var command = new Command("scrub", "Remove identifiers (names, dates, ages over 89, contacts, record numbers, addresses, @mentions ...) and report each as a typed span; spans are offsets into the input text.")
        {
            input, output,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
        {
            var scrubber = new PhiScrubber();
            return JsonlTransform.RunAsync(parse.GetRequiredValue(input), parse.GetRequiredValue(output), text =>
            {
                var result = scrubber.Scrub(text);
                var spans = new JsonArray();
                foreach (var span in result.Spans)
                {
                    spans.Add(new JsonObject { ["start"] = span.Start, ["end"] = span.End, ["type"] = PhiPlaceholder.Label(span.Type) });
                }

                return new JsonObject { ["text"] = result.Text, ["spans"] = spans };
            }, ct);
        }));
        return command;
    }
}
