using System.CommandLine;
using System.Text.Json.Nodes;
using Sermo.Analytics.Tagging;

namespace Sermo.Worker.Cli;

/// <summary>Runs the ingest pipeline's clinical tagger over a JSONL file of (already scrubbed) posts.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "JSONL input, one {\"id\",\"text\"} per line.", Required = true };
        var output = new Option<string>("--out") { Description = "JSONL output: id, entities, adverseEvents, sentiment, sentimentScore per line; '-' for stdout.", Required = true };
        var rejects = JsonlRejects.CreateOption();
        var command = new Command("tag", "Tag brands, generics, drug classes, regimens, devices, diseases (ICD-10) and adverse events with negation, uncertainty, family history and per-entity sentiment.")
        {
            input, output, rejects,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
        {
            var tagger = ClinicalTagger.CreateDefault();
            return JsonlTransform.RunAsync(parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(rejects), (text, json) =>
            {
                var result = tagger.Tag(text);
                var entities = new JsonArray();
                foreach (var entity in result.Entities)
                {
                    entities.Add(Entity(entity));
                }

                var pairs = new JsonArray();
                foreach (var pair in result.AdverseEvents)
                {
                    pairs.Add(new JsonObject { ["drug"] = Entity(pair.Drug), ["event"] = Entity(pair.Event) });
                }

                var fields = new JsonObject
                {
                    ["entities"] = entities,
                    ["adverseEvents"] = pairs,
                    ["sentiment"] = Label(result.PostSentiment),
                    ["sentimentScore"] = Math.Round(result.SentimentScore, 4),
                };
                foreach (var (name, value) in fields)
                {
                    json.WritePropertyName(name);
                    if (value is null)
                    {
                        json.WriteNullValue();
                    }
                    else
                    {
                        value.WriteTo(json);
                    }
                }
            }, ct);
        }));
        return command;
    }

    private static JsonObject Entity(TaggedEntity entity) => new()
    {
        ["type"] = entity.Type.Label(),
        ["text"] = entity.Surface,
        ["start"] = entity.Start,
        ["end"] = entity.End,
        ["id"] = entity.CanonicalId,
        ["name"] = entity.CanonicalName,
        ["negated"] = entity.Negated,
        ["uncertain"] = entity.Uncertain,
        ["familyHistory"] = entity.FamilyHistory,
        ["hypothetical"] = entity.Hypothetical,
        ["sentiment"] = Label(entity.Sentiment),
    };

    private static string Label(Sentiment sentiment) => sentiment.ToString().ToLowerInvariant();
}
