using System.Text;
using System.Text.Json.Serialization;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>One labelled post of the gold set, as stored in gold.jsonl.</summary>
public sealed record GoldPost(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("identifiers")] IReadOnlyList<GoldIdentifier> Identifiers,
    [property: JsonPropertyName("clinicalTerms")] IReadOnlyList<string> ClinicalTerms);

public sealed record GoldIdentifier(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type);

/// <summary>
/// The markup hard cases and templates are written in: <c>[[TYPE:text]]</c> is an identifier,
/// <c>&lt;&lt;text&gt;&gt;</c> a clinical term that must survive; everything else is plain text.
/// "Seen by Dr. [[NAME:Okafor]] for &lt;&lt;Crohn's disease&gt;&gt;" has one NAME span and one term.
/// </summary>
public static class GoldMarkup
{
    public static GoldPost Parse(string id, string markup)
    {
        var text = new StringBuilder(markup.Length);
        var identifiers = new List<GoldIdentifier>();
        var terms = new List<string>();
        var i = 0;
        while (i < markup.Length)
        {
            if (markup.AsSpan(i).StartsWith("[[", StringComparison.Ordinal))
            {
                var colon = markup.IndexOf(':', i);
                var close = markup.IndexOf("]]", colon, StringComparison.Ordinal);
                var type = markup[(i + 2)..colon];
                var value = markup[(colon + 1)..close];
                identifiers.Add(new GoldIdentifier(text.Length, text.Length + value.Length, type));
                text.Append(value);
                i = close + 2;
            }
            else if (markup.AsSpan(i).StartsWith("<<", StringComparison.Ordinal))
            {
                var close = markup.IndexOf(">>", i, StringComparison.Ordinal);
                var term = markup[(i + 2)..close];
                terms.Add(term);
                text.Append(term);
                i = close + 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        return new GoldPost(id, text.ToString(), identifiers, terms.Distinct().ToList());
    }
}
