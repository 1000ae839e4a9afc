using System.Runtime.InteropServices;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Capitalised words that stand in a slot only a person's name fills (round 13, decision 100), whatever the word: before "(legal
/// name", "(real name" or "(short for" ("Skip (legal name ...)"); a one-word nickname in brackets right after a found name
/// ("[name] (Peanut)"); a word no English list holds after a kin noun ("her kid Rasa", "sibling (Babajide)") or before ", the
/// oldest kid"; a word no English list holds before an age written as a shape ("Ratu, 10F", "Parisa, 18-year-old", "Ho-Sato
/// 62F"); and such a word right before a found name ("Pt José [name]", "Hamid [name]"). English words keep their slots only
/// with the strongest cue (the legal-name bracket), so "Cardiology, 45F" and "kid Brought" stay.
/// </summary>
internal static class NameSlots
{
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KinNouns = new HashSet<string>(
        ["kid", "oldest", "eldest", "youngest", "sibling", "daughter", "son", "granddaughter", "grandson", "grandkid", "grandchild", "niece", "nephew",
         "sister", "brother", "cousin", "wife", "husband", "partner", "spouse", "mom", "dad", "mother", "father", "neighbor", "neighbour", "friend",
         "caregiver", "boyfriend", "girlfriend", "stepdaughter", "stepson", "aunt", "uncle", "grandma", "grandpa", "auntie"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] NameBrackets = [" (legal name", " (real name", " (short for", " (aka ", " (a.k.a.", " (birth name", " (full name"];

    private static readonly string[] AgeShapes = ["F", "M", "yo", "y/o", " y/o", " yo", "-year-old", "-yo", " year old", "-y/o"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        var count = found.Count;
        var spans = CollectionsMarshal.AsSpan(tokens); // no copy of each token, as Tokens[i] makes
        for (var i = 0; i < spans.Length; i++)
        {
            ref readonly var token = ref spans[i];
            if (char.IsUpper(text[token.Start]) && token.PossessiveEnd == token.End && token.End < text.Length)
            {
                // The layout first (a bracket, a digit, a comma and "the" after the word), the word lists only for the few words it leaves.
                if ((text[token.End] == ' ' && token.End + 1 < text.Length && text[token.End + 1] == '(' && NameBracketAfter(text, token.End)
                        && FoundTokens.IsTitleCase(FoundTokens.Word(index, i)) && !IsFunctionWord(index, i))
                    || ((AgeShapeAfter(text, token.End) || KinAppositionAfter(index, i)) && IsUnlistedNameWord(index, i) && !IsDiseaseWord(index, i)))
                {
                    found.Add(new Detection(token.Start, token.End, PhiType.Name, 1));
                }
            }
            else if ((index.Cues[i] & WordCue.KinNoun) != 0 && KinNouns.Contains(FoundTokens.Word(index, i)) && i + 1 < tokens.Count
                && FoundTokens.Gap(index, i, i + 1) is " " or " (" && IsUnlistedNameWord(index, i + 1))
            {
                found.Add(new Detection(tokens[i + 1].Start, tokens[i + 1].End, PhiType.Name, 1));
            }
        }

        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name)
            {
                NicknameAfter(index, found[c].End, found);
                WordsBefore(index, found[c], found);
            }
        }
    }

    private static bool IsFunctionWord(TokenIndex index, int i) =>
        (index.Cues[i] & WordCue.FunctionWord) != 0 && FoundTokens.FunctionWords.Contains(FoundTokens.Word(index, i));

    // A capitalised word that may be a name part, of no English, clinical or city list, or a listed given name.
    private static bool IsUnlistedNameWord(TokenIndex index, int i)
    {
        if (!FoundTokens.MayBeNamePart(index, i) || (index.Kinds[i] & WordKind.City) != 0)
        {
            return false;
        }

        return !index.IsClinicalTerm(i) && ((index.Kinds[i] & WordKind.FirstName) != 0 || !index.IsEnglishWord(i));
    }

    // "Gout, 58M, four flares a year", "Endometriosis, 31F, ...": a case line opened by its diagnosis has the slot's layout but
    // names the disease (decision 203). The tagger lexicon's one-word disease names, asked only for the few words the layout leaves.
    private static bool IsDiseaseWord(TokenIndex index, int i) => NameLexicon.Shared.DiseaseWords.Contains(FoundTokens.Word(index, i));

    private static bool NameBracketAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        foreach (var bracket in NameBrackets)
        {
            if (rest.StartsWith(bracket, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // ", 10F", " 62F", ", 18-year-old", ", 67 y/o": one to three digits and a sex letter or an age word, then a word end; or ", 34,".
    private static bool AgeShapeAfter(string text, int end)
    {
        var at = end;
        if (at < text.Length && text[at] == ',')
        {
            at++;
        }

        if (at + 1 >= text.Length || text[at] != ' ' || !char.IsAsciiDigit(text[at + 1]))
        {
            return false;
        }

        var digits = ++at;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && at - digits < 4)
        {
            at++;
        }

        if (at - digits is < 1 or > 3)
        {
            return false;
        }

        // "Yiannis, 34, G1": a bare age set off by commas on both sides (round 26, decision 171); a list of doses has no word before it.
        if (digits - end == 2 && at < text.Length && text[at] == ',')
        {
            return true;
        }

        var rest = text.AsSpan(at);
        foreach (var shape in AgeShapes)
        {
            if (rest.StartsWith(shape, StringComparison.Ordinal) && (rest.Length == shape.Length || !char.IsLetterOrDigit(rest[shape.Length])) && !IsTemperature(text, digits, at, shape))
            {
                return true;
            }
        }

        return false;
    }

    // "Tmax 101F": a number of 95 or more before a bare F is a temperature in Fahrenheit, not an age and a sex.
    private static bool IsTemperature(string text, int digits, int end, string shape) =>
        shape == "F" && end - digits >= 2 && int.Parse(text.AsSpan(digits, end - digits), System.Globalization.CultureInfo.InvariantCulture) >= 95;

    // "6959 Pine Ave, [town]": a word another finder read as an address or a place is not taken into a name, or the longer
    // name would win over the address and leave its number behind.
    private static bool InsideOtherKind(List<Detection> found, NameToken token)
    {
        foreach (var detection in found)
        {
            if (detection.Type != PhiType.Name && detection.Start < token.End && token.Start < detection.End)
            {
                return true;
            }
        }

        return false;
    }

    // "Jun, the oldest kid,": the word, a comma, "the", at most one word, a kin noun.
    private static bool KinAppositionAfter(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        if (i + 3 >= tokens.Count || FoundTokens.Gap(index, i, i + 1) is not ", " || !FoundTokens.Word(index, i + 1).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = i + 2; k <= i + 3 && k < tokens.Count; k++)
        {
            if ((index.Cues[k] & WordCue.KinNoun) != 0 && KinNouns.Contains(FoundTokens.Word(index, k)) && FoundTokens.Gap(index, k - 1, k) is " ")
            {
                return true;
            }
        }

        return false;
    }

    // "[name] (Peanut)": one capitalised word alone in brackets right after a found name; no kin noun, role or clinical word.
    private static void NicknameAfter(TokenIndex index, int end, List<Detection> found)
    {
        var text = index.Text;
        if (end + 4 >= text.Length || text[end] != ' ' || text[end + 1] != '(')
        {
            return;
        }

        var i = FoundTokens.StartingAt(index.Tokens, end + 2);
        if (i < 0 || index.Tokens[i].End >= text.Length || text[index.Tokens[i].End] != ')' || !FoundTokens.MayBeNamePart(index, i) || IsFunctionWord(index, i))
        {
            return;
        }

        var word = FoundTokens.Word(index, i);
        if (((index.Cues[i] & WordCue.KinNoun) != 0 && KinNouns.Contains(word)) || ((index.Cues[i] & WordCue.StaffRole) != 0 && SetOffNames.StaffRoles.Contains(word))
            || NameLexicon.Shared.ClinicalTerms.Contains(word) || (index.Kinds[i] & WordKind.City) != 0)
        {
            return;
        }

        found.Add(new Detection(index.Tokens[i].Start, index.Tokens[i].End, PhiType.Name, 1));
    }

    // "Pt José [name]", "Ashraf [name]": unlisted capitalised words right before a found name join it.
    private static void WordsBefore(TokenIndex index, Detection name, List<Detection> found)
    {
        var first = FoundTokens.StartingAt(index.Tokens, name.Start);
        if (first < 0)
        {
            return;
        }

        var start = name.Start;
        for (var p = first - 1; p >= 0 && first - p <= 2; p--)
        {
            if (FoundTokens.Gap(index, p, p + 1) is not " " || index.Tokens[p].IsPossessive || !IsUnlistedNameWord(index, p)
                || InsideOtherKind(found, index.Tokens[p]))
            {
                break;
            }

            start = index.Tokens[p].Start;
        }

        if (start < name.Start)
        {
            found.Add(new Detection(start, name.End, PhiType.Name, name.Priority));
        }
    }
}
