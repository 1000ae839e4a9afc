using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Analytics.Tagging.Evaluation;

/// <summary>One annotated span. <see cref="Type"/> is brand, generic, device, disease or adverse-event.</summary>
/// <param name="Id">Generic name for drugs, ICD-10-CM code for diseases, lexicon id for devices and adverse events.</param>
public sealed record GoldEntity(
    int Start,
    int End,
    string Text,
    string Type,
    string Id,
    bool Negated,
    bool Uncertain,
    bool FamilyHistory,
    string Sentiment);

/// <summary>A drug / adverse-event pair the annotator says the sentence reports, by the two spans' starts.</summary>
public sealed record GoldAdverseEvent(int DrugStart, int EventStart);

public sealed record GoldSentence(string Id, string Text, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldAdverseEvent> AdverseEvents);

/// <summary>Reads gold JSONL: one <see cref="GoldSentence"/> a line, from a file or every *.jsonl in a folder.</summary>
public static class GoldSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<GoldSentence> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray()
            : [path];
        var sentences = new List<GoldSentence>();
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var sentence = JsonSerializer.Deserialize<GoldSentence>(line, Options)
                    ?? throw new InvalidDataException($"{file}:{lineNumber}: empty record");
                foreach (var entity in sentence.Entities)
                {
                    if (entity.Start < 0 || entity.End > sentence.Text.Length || sentence.Text[entity.Start..entity.End] != entity.Text)
                    {
                        throw new InvalidDataException($"{file}:{lineNumber}: span {entity.Start}..{entity.End} is not \"{entity.Text}\"");
                    }
                }

                sentences.Add(sentence);
            }
        }

        return sentences;
    }
}
