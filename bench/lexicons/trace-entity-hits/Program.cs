// Prints each post's entity hits at every tagging stage (ClinicalTagger.TraceEntityHits, decision 215), so
// pool_context_losses.py can tell which stage lost a gold span the lexicon has.
// Usage: dotnet run --project bench/lexicons/trace-entity-hits -- IN.jsonl OUT.jsonl  (one {"id","text"} a line)
using System.Text.Json;
using Sermo.Analytics.Tagging;

if (args.Length != 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine(args.Length != 2
        ? "usage: trace-entity-hits IN.jsonl OUT.jsonl (IN: one {\"id\",\"text\"} a line)"
        : $"trace-entity-hits: input file {args[0]} not found");
    return 2;
}

var tagger = ClinicalTagger.CreateDefault();
using var output = new StreamWriter(args[1]);
foreach (var line in File.ReadLines(args[0]))
{
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    using var post = JsonDocument.Parse(line);
    var id = post.RootElement.GetProperty("id").GetString();
    var text = post.RootElement.GetProperty("text").GetString() ?? string.Empty;
    output.WriteLine(JsonSerializer.Serialize(new { id, trace = tagger.TraceEntityHits(text) }));
}

return 0;
