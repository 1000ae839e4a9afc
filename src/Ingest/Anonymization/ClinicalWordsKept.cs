namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Clinical words that round 11's set lost to a name or town reading, checked after every finder has run (round 12, decision
/// 091): a department named with a capitalised closer ("Transfusion Medicine", "Risk Management", "Nutrition Services",
/// "Revenue Cycle", "Utilization Review", "Infection Prevention"), a study or service in "-ology" ("Serology", "Hepatology"), a
/// specialty's short form ("Heme says", "Neuro says", "Admin wants"), an eponym before "signs" ("Kanavel signs"), and since round
/// 37 (decision 233) an eponym score before its value ("Braden 12"). A name or
/// town read that lies wholly inside such words is dropped; one that also covers other words stays, so a name is never cut.
/// This check runs after the learned detector rather than as a word mark in <see cref="TokenIndex"/>: a mark would change the
/// detector's training candidates and so its weights and threshold, which decision 058's rule re-chose at 0.95 and which cost
/// recall on every set (decision 091).
/// </summary>
internal static class ClinicalWordsKept
{
    private const int MinOlogyLength = 8;

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DepartmentClosers = new HashSet<string>(
        ["Medicine", "Management", "Services", "Cycle", "Review", "Prevention", "Control", "Affairs", "Relations"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShortSpecialties = new HashSet<string>(
        ["Heme", "Onc", "Neuro", "Nephro", "Cards", "Admin", "Pulm", "Rheum", "Endo", "Derm", "Gyn", "Uro", "Ortho", "Psych"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Scores, rules and tools named for a person, after that person's name (decision 203): "Haller index", "Manchester triage",
    /// "Baxter nerve", "Hunter's canal", "Lund and Browder chart". Not "test" or "pulse", which follow a patient's name too
    /// ("have Maria test her sugars", "Garcia pulse 110"). Since round 37 (decision 233) the plural "maneuvers" ("Leopold
    /// maneuvers") and a fracture named for its describer ("Jones fracture", "Colles fractures", "Bennett fracture"); a title
    /// right before the word keeps the person ("Mr. Jones fracture clinic follow-up" is Mr. Jones). Since round 42 (decision 263)
    /// "tendon": "Achilles tendon rupture" was lost to a name read in rounds 30 and 39.
    /// </summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ToolNouns = new HashSet<string>(
        ["formula", "index", "criteria", "classification", "scale", "scales", "score", "scores", "triage", "nomogram", "equation", "maneuver",
         "manoeuvre", "maneuvers", "manoeuvres", "reflex", "nerve", "canal", "chart", "click", "shelf", "fracture", "fractures", "tendon"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Of the tool nouns, those a patient owns: after a possessive they say nothing of an eponym ("Maria's formula intake",
    // "Garcia's score went up", "Hale's chart").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnedNouns = new HashSet<string>(
        ["formula", "index", "scale", "scales", "score", "scores", "chart"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Keep(TokenIndex index, List<Detection> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = FoundTokens.Word(index, i);
            if (word.Length < 3 || !char.IsAsciiLetterUpper(word[0]))
            {
                continue;
            }

            var listed = (index.Cues[i] & WordCue.ClinicalKept) != 0;
            if (listed && DepartmentClosers.Contains(word) && i > 0 && FoundTokens.Gap(index, i - 1, i) is " " && FoundTokens.IsTitleCase(FoundTokens.Word(index, i - 1)))
            {
                Drop(candidates, tokens[i - 1].Start, tokens[i].End);
            }
            else if ((word.Length >= MinOlogyLength && word.EndsWith("ology", StringComparison.Ordinal)) || (listed && ShortSpecialties.Contains(word)))
            {
                Drop(candidates, tokens[i].Start, tokens[i].PossessiveEnd);
            }
            else if (i + 1 < tokens.Count && (index.Cues[i + 1] & WordCue.ClinicalKept) != 0 && FoundTokens.Gap(index, i, i + 1) is " "
                && ToolNouns.Contains(FoundTokens.Word(index, i + 1)) && !(tokens[i].IsPossessive && OwnedNouns.Contains(FoundTokens.Word(index, i + 1)))
                && !(i > 0 && (index.Kinds[i - 1] & WordKind.StrongTitle) != 0))
            {
                Drop(candidates, tokens[i].Start, tokens[i].PossessiveEnd);
            }
            else if ((index.Kinds[i] & WordKind.Eponym) != 0 && ScoreValueFollows(index.Text, tokens[i].End) && !(i > 0 && (index.Kinds[i - 1] & WordKind.StrongTitle) != 0))
            {
                Drop(candidates, tokens[i].Start, tokens[i].End);
            }
            else if (i + 1 < tokens.Count && FoundTokens.Word(index, i + 1) is "signs" && FoundTokens.Gap(index, i, i + 1) is " "
                && (index.Kinds[i] & WordKind.FirstName) == 0 && !NameDetector.SignTakesObject(index.Text, tokens, i + 1))
            {
                Drop(candidates, tokens[i].Start, tokens[i].End);
            }
        }
    }

    /// <summary>
    /// A score named for a person, then its value (round 37, decision 233): "Braden 12", "Bishop 9", "Ranson 6" after a word of the
    /// shared eponym list. One or two digits ending the number; a capitalised word after it makes a date or an address ("Wilson 5
    /// April 2020"), and a title before the word keeps the person ("Mr. Baker 88").
    /// </summary>
    private static bool ScoreValueFollows(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var digits = RoomNumbers.Digits(text, end + 1);
        var after = end + 1 + digits;
        return digits is >= 1 and <= 2 && !RegexScan.IsWordChar(text, after)
            && !(after + 1 < text.Length && text[after] is '/' or '.' or ':' or '-' && char.IsAsciiDigit(text[after + 1]))
            && !(after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]));
    }

    /// <summary>Drops every name or town read lying wholly inside [start, end): a clinical word, never a person or place.</summary>
    internal static void Drop(List<Detection> candidates, int start, int end) =>
        candidates.RemoveAll(d => d.Type is PhiType.Name or PhiType.City && d.Start >= start && d.End <= end);
}
