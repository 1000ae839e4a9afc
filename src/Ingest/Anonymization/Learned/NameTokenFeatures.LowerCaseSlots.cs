namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// Round 33's candidates (decision 214): lower-case names the model is asked about beyond round 8's cue slot. Pooled over the
/// rotation, 333 of the 395 missed lower-case name words were never scored: they open a post or a sentence ("yonas alemu in rm 211
/// is back"), follow a kin or role noun the person-cue list does not hold ("his driver gurpreet"), or are the second word of such
/// a name. The slot alone is no evidence, so a word is asked only when it is a listed given name or surname that no English or
/// name-word list holds ("gurpreet", not "season" or "fall"). These words are asked when scrubbing only: the model trains on
/// <see cref="IsTrainingCandidate"/>'s words as before, because every way of training on the slot's words tried moved a hundred
/// capitalised names below the threshold (docs/decisions/214).
/// </summary>
internal static partial class NameTokenFeatures
{
    /// <summary>Shortest lower-case word asked outside the cue slot: "ok", "pt", "hx" and the like are two letters.</summary>
    private const int ShortestSlotWord = 3;

    // The slot tests first (the token's sentence flag and kinds, the cue flags of the word before), the name and English lists only
    // for the words left, so most lower-case words cost array reads and no lookup (decision 093's rule for the scrub verb's speed).
    private static bool IsInLowerCaseNameSlot(TokenIndex index, int i)
    {
        if (index.Tokens[i].Length < ShortestSlotWord || index.Kinds[i] != WordKind.None)
        {
            return false;
        }

        var slot = index.Tokens[i].SentenceStart || AfterKinOrRoleNoun(index, i) || IsSecondLowerCaseWordOfSlotName(index, i);
        return slot && IsListedNameNoWord(index, i);
    }

    // A given name or surname of the lists that no English or name-word list holds: "gurpreet", "alemu"; not "fall" or "season",
    // which the lists hold as names and as words.
    private static bool IsListedNameNoWord(TokenIndex index, int i) =>
        (index.IsFirstName(i) || index.IsSurname(i)) && !index.IsEnglishWord(i)
        && !NameLexicon.Shared.NameWords.Contains(index.Text.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length));

    // "driver gurpreet", "her nephew kwabena": the word before is a kin or role noun (NameSlots' and NamesAfterRoleNouns' lists), one
    // space away. The cue flags say which list may hold it before either list is asked.
    private static bool AfterKinOrRoleNoun(TokenIndex index, int i)
    {
        if (i == 0 || index.Tokens[i].Start - index.Tokens[i - 1].End != 1)
        {
            return false;
        }

        var cues = index.Cues[i - 1];
        if ((cues & (WordCue.KinNoun | WordCue.RoleNoun)) == 0)
        {
            return false;
        }

        var before = index.Text.AsSpan(index.Tokens[i - 1].Start, index.Tokens[i - 1].Length);
        return ((cues & WordCue.KinNoun) != 0 && NameSlots.KinNouns.Contains(before))
            || ((cues & WordCue.RoleNoun) != 0 && NamesAfterRoleNouns.RoleNouns.Contains(before));
    }

    // "yonas alemu", "driver gurpreet kaur": the word before is a lower-case listed name one space away that opens a sentence or
    // follows a kin or role noun.
    private static bool IsSecondLowerCaseWordOfSlotName(TokenIndex index, int i)
    {
        var previous = i - 1;
        if (previous < 0 || index.Tokens[i].Start - index.Tokens[previous].End != 1)
        {
            return false;
        }

        var before = index.Tokens[previous];
        return char.IsLower(index.Text[before.Start]) && before.Length >= ShortestSlotWord && index.Kinds[previous] == WordKind.None && !before.IsPossessive
            && (before.SentenceStart || AfterKinOrRoleNoun(index, previous)) && IsListedNameNoWord(index, previous) && !IsLowerCaseClinical(index, previous);
    }
}
