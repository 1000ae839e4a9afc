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

/// <summary>
/// Reads gold JSONL: one <see cref="GoldSentence"/> a line. A path is a file, or a folder whose *.jsonl files form
/// one part and whose subfolders form one part each (Gold/short, Gold/long, Gold/long-heldout), so the short
/// sentences and the long posts are scored apart.
/// </summary>
public static class GoldSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A line without "entities" or "text" is refused here, not found later as a null (the fuzz run's NRE).
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Every sentence under <paramref name="path"/>, all parts together.</summary>
    public static IReadOnlyList<GoldSentence> Load(string path) => [.. LoadParts(path).SelectMany(p => p.Sentences)];

    /// <summary>The parts under <paramref name="path"/>: its own files first, then each subfolder by name.</summary>
    public static IReadOnlyList<GoldSetPart> LoadParts(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Directory.Exists(path))
        {
            return [new GoldSetPart(Path.GetFileNameWithoutExtension(path), ReadFiles([path]))];
        }

        var parts = new List<GoldSetPart>();
        var files = Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        if (files.Length > 0)
        {
            parts.Add(new GoldSetPart(new DirectoryInfo(path).Name, ReadFiles(files)));
        }

        foreach (var folder in Directory.GetDirectories(path).Order(StringComparer.Ordinal))
        {
            var inner = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
            if (inner.Length > 0)
            {
                parts.Add(new GoldSetPart(new DirectoryInfo(folder).Name, ReadFiles(inner)));
            }
        }

        return parts;
    }

    private static List<GoldSentence> ReadFiles(string[] files)
    {
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

                var sentence = Parse(line, file, lineNumber);
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

    /// <summary>One line as a sentence; a line that is not one is refused naming the file and line.</summary>
    private static GoldSentence Parse(string line, string file, int lineNumber)
    {
        try
        {
            return JsonSerializer.Deserialize<GoldSentence>(line, Options) ?? throw new JsonException("empty record");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new JsonException($"{file}:{lineNumber}: {ex.Message}", ex);
        }
    }
}
