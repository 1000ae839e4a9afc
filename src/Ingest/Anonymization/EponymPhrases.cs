using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Named clinical phrases that no list holds: "Lake Louise score", "Jamestown Canyon virus", "Seattle Heart Failure Model",
/// "Weber B ankle fracture", "Ranson criteria". The capitalised words before a noun that closes such a phrase name a disease,
/// a score or a sign, not a person or a town, so they are marked clinical before any name or place rule reads them.
/// </summary>
internal static class EponymPhrases
{
    private const int MaxWordsBack = 4;
    private const int MaxLowerCaseWords = 2;

    // Nouns that close a named clinical phrase. Kept narrower than the head nouns of listed eponyms: "test", "line" or "type"
    // follow a person's name in ordinary sentences ("Maria Lopez test results", "had Rosa sign the form").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "disease", "syndrome", "palsy", "score", "scale", "criteria", "rule", "rules", "virus", "fever", "encephalitis", "encephalopathy",
        "arteritis", "lymphoma", "sarcoma", "carcinoma", "tumor", "cyst", "fracture", "contracture", "nodes", "nodule", "lesions", "spots",
        "bodies", "cells", "maneuver", "procedure", "protocol", "model", "pattern", "breathing", "murmur", "dementia", "classification")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words that end the phrase going back: "with Valley fever" keeps "with" out, "her Graves disease" keeps "her".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "in", "from", "with", "of", "and", "or", "to", "for", "his", "her", "their", "my", "our", "on", "at", "by", "no", "not",
        "has", "had", "have", "is", "was", "are", "were", "be", "been", "but", "vs", "after", "before", "about", "like", "as", "if", "than")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Mark(string text, List<NameToken> tokens, WordKind[] kinds)
    {
        for (var head = 1; head < tokens.Count; head++)
        {
            var token = tokens[head];
            if (token.Length < 4 || !ClosingNouns.Contains(text.AsSpan(token.Start, token.Length)))
            {
                continue;
            }

            MarkBefore(text, tokens, kinds, head);
        }
    }

    private static void MarkBefore(string text, List<NameToken> tokens, WordKind[] kinds, int head)
    {
        var lowerCase = 0;
        for (var k = head - 1; k >= 0 && k >= head - MaxWordsBack; k--)
        {
            var token = tokens[k];
            var gap = tokens[k + 1].Start - token.PossessiveEnd;
            // A possessive ends the phrase unless it is the eponym itself ("Bell's palsy"): "Hazel's Graves disease" names Hazel.
            if (gap != 1 || text[token.PossessiveEnd] != ' ' || (token.IsPossessive && k != head - 1)
                || (kinds[k] & (WordKind.Title | WordKind.PersonCue | WordKind.PlacePreposition)) != 0)
            {
                return;
            }

            var word = text.AsSpan(token.Start, token.Length);
            if (char.IsUpper(word[0]))
            {
                kinds[k] |= WordKind.Clinical;
            }
            else if (Stops.Contains(word) || ++lowerCase > MaxLowerCaseWords)
            {
                return;
            }
        }
    }
}
