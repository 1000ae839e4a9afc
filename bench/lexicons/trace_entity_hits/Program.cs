// Prints each post's entity hits at every tagging stage (ClinicalTagger.TraceEntityHits, decision 215), so
// pool_context_losses.py can tell which stage lost a gold span the lexicon has.
// Usage: dotnet run --project bench/lexicons/trace_entity_hits -- IN.jsonl OUT.jsonl  (one {"id","text"} a line)
using System.Text.Json;
using Sermo.Analytics.Tagging;

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
