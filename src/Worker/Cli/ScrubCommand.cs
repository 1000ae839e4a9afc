using System.CommandLine;
using System.Text.Json;
using Sermo.Ingest.Anonymization;

namespace Sermo.Worker.Cli;

/// <summary>Runs the ingest pipeline's anonymizer (the same <see cref="PhiScrubber"/>) over a JSONL file.</summary>
internal static class ScrubCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "JSONL input, one {\"id\",\"text\"} per line.", Required = true };
        var output = new Option<string>("--out") { Description = "JSONL output, one {\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}]} per line; '-' for stdout.", Required = true };
        var rejects = JsonlRejects.CreateOption();
        var command = new Command("scrub", "Remove identifiers (names, dates, ages over 89, contacts, record numbers, addresses, @mentions ...) and report each as a typed span; spans are offsets into the input text.")
        {
            input, output, rejects,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
        {
            var scrubber = new PhiScrubber();
            return JsonlTransform.RunAsync(parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(rejects), (text, json) => Write(scrubber.Scrub(text), json), ct);
        }));
        return command;
    }

    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Spans = JsonEncodedText.Encode("spans");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText[] Labels = Enum.GetValues<PhiType>().Select(type => JsonEncodedText.Encode(PhiPlaceholder.Label(type))).ToArray();

    private static void Write(ScrubResult result, Utf8JsonWriter json)
    {
        json.WriteString(Text, result.Text);
        json.WriteStartArray(Spans);
        foreach (var span in result.Spans)
        {
            json.WriteStartObject();
            json.WriteNumber(Start, span.Start);
            json.WriteNumber(End, span.End);
            json.WriteString(Type, Labels[(int)span.Type]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
