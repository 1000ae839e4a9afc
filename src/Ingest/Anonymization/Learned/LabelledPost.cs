using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>One post of a gold set (tests/Sermo.Ingest.Tests/Anonymization/Gold/**/*.jsonl): its text, identifier spans and clinical terms.</summary>
internal sealed record LabelledPost(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("identifiers")] IReadOnlyList<LabelledSpan> Identifiers,
    [property: JsonPropertyName("clinicalTerms")] IReadOnlyList<string> ClinicalTerms)
{
    /// <summary>Reads a gold JSONL file; a line that is not a post names the file and line.</summary>
    public static IReadOnlyList<LabelledPost> ReadJsonl(string path)
    {
        var posts = new List<LabelledPost>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var post = JsonSerializer.Deserialize<LabelledPost>(line);
            if (post?.Text is null || post.Identifiers is null || post.Identifiers.Any(s => s.Start < 0 || s.End > post.Text.Length || s.Start >= s.End))
            {
                throw new InvalidDataException($"{path} line {number}: not a labelled post (text, identifiers with spans inside the text)");
            }

            posts.Add(post);
        }

        return posts;
    }
}

internal sealed record LabelledSpan(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type)
{
    /// <summary>
    /// The identifier types the learned detector is trained to find: people and places below state. Rounds 9-14 label every
    /// place LOCATION (towns, facilities, workplaces, addresses); their capitalised words are places the model should learn
    /// (decision 124), and the address parts other rules own are no candidates anyway.
    /// </summary>
    public bool IsNameOrPlace => Type is "NAME" or "CITY" or "LOCATION";
}
