using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A wing of a care home or hospital named by one capitalised word (round 45, decision 290): "in the Aspen wing, room 159",
/// "on the Birch wing at Lakeview Manor", "the memory unit (Magnolia wing)". Pooled over the rotation (rounds 10-41) these were
/// places without a head noun by hand and generated: the names are trees and flowers, English words no town list may hold. The
/// capital before a lower-case "wing" says a name. Guards: compass and side words ("the East wing", "Right wing"), words that
/// say what the wing treats ("Maternity wing", "Psych wing") and any clinical, head-noun, place-of-care, month, holiday, title
/// or cue word stay.
/// Cost (decision 300): one vectorised search of the post for " wing"; the walk over the tokens only in a post that holds it.
/// </summary>
internal static class NamedWings
{
    private const WordKind NeverAName = WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue
        | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.HeadNoun | WordKind.Institution | WordKind.State;

    // Wings named by where they stand or what they treat.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptiveWords = FrozenSet.Create(StringComparer.Ordinal,
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Left", "Right", "Main", "New", "Old", "Front",
        "Back", "Upper", "Lower", "Center", "Central", "Maternity", "Pediatric", "Pediatrics", "Peds", "Surgical", "Surgery", "Medical",
        "Psych", "Psychiatric", "Rehab", "Cardiac", "Memory", "Burn", "Oncology", "Labor", "Geriatric", "Hospice",
        "Dementia", "Locked", "Secure", "Isolation", "Covid", "Trauma", "Stroke", "Transplant", "Ortho", "Orthopedic", "Neuro", "Mental",
        "Buffalo", "Chicken", "Angel", "Bat", "Delta", "Air", "Private", "Skilled", "Assisted", "Long", "Short", "Nursing", "Teaching")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        // Exact gate: the rule needs the token "wing" one space after the word before it, so " wing" is in the post.
        if (!index.Text.Contains(" wing", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = index.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Length != 4 || index.Text[tokens[k].Start] != 'w' || FoundTokens.Word(index, k) is not "wing"
                || FoundTokens.Gap(index, k - 1, k) is not " ")
            {
                continue;
            }

            var name = FoundTokens.Word(index, k - 1);
            if (FoundTokens.IsTitleCase(name) && !tokens[k - 1].IsPossessive && (index.Kinds[k - 1] & NeverAName) == 0 && !DescriptiveWords.Contains(name))
            {
                FoundTokens.AddUncut(found, new Detection(tokens[k - 1].Start, tokens[k - 1].End, PhiType.City, 6));
            }
        }
    }
}
