namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Names and places that the way a physician sets them off gives away, whatever the words are (round 11, decision 082):
/// dotted initials in parentheses ("(S.G.)", "(F.C. in the handoff)") and any initials in parentheses right after a record
/// number ("MRN [id] (MW)"); "the Friend family" and the given names in parentheses after it; a nickname in quotes between
/// two name words ('Bogdan "Junior" Sergeant'); a capitalised word set off before a staff role ("Wiremu, our flight
/// nurse"); a given name and a capitalised word before an age-sex note or a "from" and a department ("Hazel Bull (31yo)",
/// "Will Sparrow from Pathology"); and the place a colleague covers ("covering Riddle on [date]"). Runs after both finders.
/// </summary>
internal static class SetOffNames
{
    // Dotted pairs that are abbreviations, credentials or places, never a person's initials.
    private static readonly string[] DottedAbbreviations =
        ["U.S.", "U.K.", "D.C.", "M.D.", "D.O.", "R.N.", "N.P.", "P.A.", "A.M.", "P.M.", "B.C.", "A.D.", "P.S.", "N.B.", "E.R.", "O.R.", "I.V.",
         "P.O.", "Q.D.", "O.D.", "O.S.", "O.U.", "G.I.", "E.D.", "C.T.", "U.N.", "E.U.", "I.M.", "S.C.", "P.R.", "B.S.", "M.S.", "M.A.", "B.A.",
         "L.A.", "N.Y.", "T.B.", "D.R.", "E.G.", "I.E."];

    private static readonly string[] UndottedAfterRecord = ["ED", "ER", "OR", "ICU", "MD", "RN", "NP", "PA", "DO", "IV", "PO", "NPO", "DNR", "CT", "MRI"];

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffRoles = new HashSet<string>(
        ["nurse", "medic", "pharmacist", "resident", "intern", "attending", "scribe", "clerk", "tech", "technician", "coordinator", "chaplain",
         "receptionist", "secretary", "fellow", "surgeon", "doc", "physician", "hospitalist", "manager", "paramedic", "midwife", "doula",
         "interpreter", "aide", "therapist", "dietitian", "dietician", "RN", "LPN", "CNA", "NP", "PA", "MA", "RT", "PT", "OT", "SLP", "EMT", "CRNA"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyNouns = new HashSet<string>(
        ["family", "household", "kids", "twins", "boys", "girls", "brothers", "sisters"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var records = found.Count;
        for (var c = 0; c < records; c++)
        {
            if (found[c].Type == PhiType.MedicalRecord)
            {
                InitialsAfterRecord(text, found[c].End, found);
            }
        }

        for (var at = text.IndexOf('('); at >= 0; at = text.IndexOf('(', at + 1))
        {
            DottedInitialsInParentheses(text, at, found);
            TownAfterDepartment(index, at, found);
        }

        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = FoundTokens.Word(index, i);
            var cue = index.Cues[i]; // the shared cue flags before the lists: two hash lookups a word cost ~3 % of the verb (decision 093)
            if ((cue & WordCue.FamilyNoun) != 0 && FamilyNouns.Contains(word))
            {
                FamilyName(index, i, found);
            }
            else if ((cue & WordCue.StaffRole) != 0 && StaffRoles.Contains(word))
            {
                NameBeforeRole(index, i, found);
            }
            else if (word.Length == 1 && i + 2 < tokens.Count && tokens[i].PeriodAfter)
            {
                TwoInitialsAndSurname(index, i, found);
            }
            else if (i + 2 < tokens.Count && IsGivenName(index, i))
            {
                PairBeforeAgeSex(index, i, found);
            }

            if (word is "covering" or "cover" or "covered")
            {
                PlaceCovered(index, i, found);
            }
            else if (word is "from" && i >= 2 && i + 1 < tokens.Count && (index.Kinds[i + 1] & WordKind.Clinical) != 0
                && FoundTokens.IsTitleCase(FoundTokens.Word(index, i + 1)))
            {
                GivenAndWordBefore(index, i, found);
            }
        }

        for (var at = text.IndexOf('"'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('"', at + 1))
        {
            Nickname(index, at, found);
        }
    }

    // "MRN 00412987 (MW)": two or three capitals in parentheses right after a record number are the patient's initials.
    private static void InitialsAfterRecord(string text, int end, List<Detection> found)
    {
        var rest = text.AsSpan(end);
        if (!rest.StartsWith(" ("))
        {
            return;
        }

        var close = rest.IndexOf(')');
        if (close is < 4 or > 8)
        {
            return;
        }

        var inside = rest[2..close];
        var letters = inside.ToString().Replace(".", "", StringComparison.Ordinal);
        if (letters.Length is >= 2 and <= 3 && !letters.AsSpan().ContainsAnyExceptInRange('A', 'Z') && !UndottedAfterRecord.Contains(letters))
        {
            found.Add(new Detection(end + 2, end + close, PhiType.Name, 2));
        }
    }

    // "(S.G.)", "(F.C. in the handoff)": two or three dotted capitals opening a parenthesis.
    private static void DottedInitialsInParentheses(string text, int open, List<Detection> found)
    {
        var at = open + 1;
        var pairs = 0;
        while (pairs < 3 && at + 1 < text.Length && char.IsAsciiLetterUpper(text[at]) && text[at + 1] == '.')
        {
            at += 2;
            pairs++;
        }

        var closes = at < text.Length && (text[at] == ')' || text[at] == ' ');
        if (pairs >= 2 && closes && !DottedAbbreviations.Contains(text[(open + 1)..Math.Min(open + 5, at)]))
        {
            found.Add(new Detection(open + 1, at, PhiType.Name, 2));
        }
    }

    // "The Friend family (Iris and Cole)": the capitalised word between "the" and a family noun, then the names in parentheses.
    private static void FamilyName(TokenIndex index, int noun, List<Detection> found)
    {
        var name = noun - 1;
        // A person cue may be a surname here ("the Friend family"); a clinical word may not ("the Lasix family").
        if (name < 1 || !FoundTokens.Word(index, name - 1).Equals("the", StringComparison.OrdinalIgnoreCase) || index.Tokens[name].Length < 3
            || !FoundTokens.IsTitleCase(FoundTokens.Word(index, name)) || (index.Kinds[name] & (FoundTokens.NeverNamePart & ~WordKind.PersonCue)) != 0
            || FoundTokens.Gap(index, name, noun) is not " " || index.Tokens[name].IsPossessive)
        {
            return;
        }

        var tokens = index.Tokens;
        found.Add(new Detection(tokens[name].Start, tokens[name].End, PhiType.Name, 2));
        if (noun + 1 >= tokens.Count || FoundTokens.Gap(index, noun, noun + 1) is not " (")
        {
            return;
        }

        for (var k = noun + 1; k < tokens.Count && k <= noun + 6; k++)
        {
            var word = FoundTokens.Word(index, k);
            if (FoundTokens.IsTitleCase(word) && (index.Kinds[k] & FoundTokens.NeverNamePart) == 0)
            {
                found.Add(new Detection(tokens[k].Start, tokens[k].End, PhiType.Name, 2));
            }
            else if (word is not ("and" or "&"))
            {
                return;
            }

            if (k + 1 < tokens.Count && FoundTokens.Gap(index, k, k + 1).Contains(')'))
            {
                return;
            }
        }
    }

    // "Wiremu, our flight nurse, was amazing": a capitalised word, a comma, "our"/"the"/"my", at most one word, a staff role.
    private static void NameBeforeRole(TokenIndex index, int role, List<Detection> found)
    {
        for (var determiner = role - 1; determiner >= 1 && determiner >= role - 2; determiner--)
        {
            if (FoundTokens.Word(index, determiner) is not ("our" or "the" or "my" or "his" or "her" or "their"))
            {
                continue;
            }

            var name = determiner - 1;
            if (FoundTokens.Gap(index, name, determiner) is ", " && FoundTokens.MayBeNamePart(index, name) && !index.Tokens[name].IsPossessive
                && !NameLexicon.Shared.ClinicalTerms.Contains(FoundTokens.Word(index, name)))
            {
                found.Add(new Detection(index.Tokens[name].Start, index.Tokens[name].End, PhiType.Name, 2));
            }

            return;
        }
    }

    // "for covering Riddle on [date]", "covering Mexican Hat this weekend": one to three capitalised words after "covering".
    private static void PlaceCovered(TokenIndex index, int verb, List<Detection> found)
    {
        var tokens = index.Tokens;
        var last = verb;
        while (last + 1 < tokens.Count && last - verb < 3 && FoundTokens.Gap(index, last, last + 1) is " " && FoundTokens.MayBeNamePart(index, last + 1))
        {
            last++;
        }

        if (last > verb)
        {
            var type = last == verb + 1 && (index.Kinds[last] & WordKind.FirstName) != 0 ? PhiType.Name : PhiType.City;
            found.Add(new Detection(tokens[verb + 1].Start, tokens[last].End, type, 2));
        }
    }

    // "Will Sparrow from Pathology", "Hazel Lake from Pulm": a listed given name and a capitalised word before "from" and a department.
    private static void GivenAndWordBefore(TokenIndex index, int from, List<Detection> found)
    {
        int given = from - 2, surname = from - 1;
        if (!IsGivenName(index, given) || !FoundTokens.MayBeNamePart(index, surname)
            || FoundTokens.Gap(index, given, surname) is not " " || FoundTokens.Gap(index, surname, from) is not " ")
        {
            return;
        }

        found.Add(new Detection(index.Tokens[given].Start, index.Tokens[surname].End, PhiType.Name, 2));
    }

    // "S.K. al-Harbi", "S.Y. Swan's son": two dotted initials glued together, then a capitalised word, even an English one.
    private static void TwoInitialsAndSurname(TokenIndex index, int i, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        NameToken first = tokens[i], second = tokens[i + 1], surname = tokens[i + 2];
        if (!char.IsAsciiLetterUpper(text[first.Start]) || second.Start != first.End + 1 || second.Length != 1 || !char.IsAsciiLetterUpper(text[second.Start])
            || !second.PeriodAfter || surname.Start != second.End + 2 || text[second.End + 1] != ' ' || (first.Start > 0 && char.IsLetterOrDigit(text[first.Start - 1]))
            || DottedAbbreviations.Contains(text[first.Start..(second.End + 1)]))
        {
            return;
        }

        var word = FoundTokens.Word(index, i + 2);
        if (FoundTokens.MayBeNamePart(index, i + 2) || word.StartsWith("al-") || word.StartsWith("el-"))
        {
            found.Add(new Detection(first.Start, surname.End, PhiType.Name, 2));
        }
    }

    // "Hazel Bull (31yo) with cellulitis", "Ruby Sugar, 34F, Graves' disease": a given name and a capitalised word set off before an
    // age with a sex letter or "yo" are a patient, whatever the second word means.
    private static void PairBeforeAgeSex(TokenIndex index, int given, List<Detection> found)
    {
        var surname = given + 1;
        if (FoundTokens.Gap(index, given, surname) is not " " || !FoundTokens.MayBeNamePart(index, surname) || index.Tokens[surname].IsPossessive)
        {
            return;
        }

        var rest = index.Text.AsSpan(index.Tokens[surname].End);
        rest = rest.StartsWith(", ") || rest.StartsWith(" (") ? rest[2..] : [];
        var digits = rest.IndexOfAnyExceptInRange('0', '9');
        if (digits is < 1 or > 3)
        {
            return;
        }

        var marker = rest[digits..];
        var sexLetter = marker.Length >= 1 && marker[0] is 'F' or 'M' or 'f' or 'm' && (marker.Length == 1 || !char.IsLetter(marker[1]));
        if (sexLetter || marker.StartsWith("yo") || marker.StartsWith("y/o") || marker.StartsWith("-year") || marker.StartsWith(" yo") || marker.StartsWith(" y/o"))
        {
            found.Add(new Detection(index.Tokens[given].Start, index.Tokens[surname].End, PhiType.Name, 2));
        }
    }

    // "(Cardiology, Likely)", "(Peds, Faith)": a department, a comma and capitalised words closing a parenthesis name where one works.
    private static void TownAfterDepartment(TokenIndex index, int open, List<Detection> found)
    {
        var department = FoundTokens.StartingAt(index.Tokens, open + 1);
        if (department < 0 || department + 1 >= index.Tokens.Count || (index.Kinds[department] & WordKind.Clinical) == 0
            || !FoundTokens.IsTitleCase(FoundTokens.Word(index, department)) || FoundTokens.Gap(index, department, department + 1) is not ", ")
        {
            return;
        }

        var last = department + 1;
        while (last + 1 < index.Tokens.Count && last - department < 3 && FoundTokens.Gap(index, last, last + 1) is " ")
        {
            last++;
        }

        var closes = index.Tokens[last].End < index.Text.Length && index.Text[index.Tokens[last].End] == ')';
        for (var k = department + 1; closes && k <= last; k++)
        {
            closes = FoundTokens.IsTitleCase(FoundTokens.Word(index, k)) && (index.Kinds[k] & (WordKind.Clinical | WordKind.Title | WordKind.Month | WordKind.State)) == 0;
        }

        if (closes)
        {
            found.Add(new Detection(index.Tokens[department + 1].Start, index.Tokens[last].End, PhiType.City, 2));
        }
    }

    // A listed given name in title case, even one that is also a modal or a verb ("Will", "May"): the context decides.
    private static bool IsGivenName(TokenIndex index, int i) =>
        (index.Kinds[i] & WordKind.FirstName) != 0 && FoundTokens.IsTitleCase(FoundTokens.Word(index, i)) && (index.Kinds[i] & FoundTokens.NeverNamePart) == 0;

    // 'Bogdan "Junior" Sergeant', 'Lakshmi "Red" bin Yusof': a quoted capitalised word between two name words.
    private static void Nickname(TokenIndex index, int open, List<Detection> found)
    {
        var text = index.Text;
        var close = text.IndexOf('"', open + 1);
        if (close < 0 || close - open > 16 || open < 2 || text[open - 1] != ' ' || close + 2 >= text.Length || text[close + 1] != ' ')
        {
            return;
        }

        var inside = text.AsSpan(open + 1, close - open - 1);
        var before = FoundTokens.EndingAt(index.Tokens, open - 1);
        var after = FoundTokens.StartingAt(index.Tokens, close + 2);
        if (!FoundTokens.IsTitleCase(inside) || inside.ContainsAny(' ', '"') || before < 0 || after < 0 || index.Tokens[before].End != open - 1
            || !FoundTokens.MayBeNamePart(index, before))
        {
            return;
        }

        var last = after;
        if (FoundTokens.Word(index, after) is "bin" or "van" or "von" or "de" or "al" or "da" or "di" && after + 1 < index.Tokens.Count)
        {
            last = after + 1;
        }

        if (FoundTokens.MayBeNamePart(index, last))
        {
            found.Add(new Detection(index.Tokens[before].Start, index.Tokens[last].End, PhiType.Name, 2));
        }
    }
}
