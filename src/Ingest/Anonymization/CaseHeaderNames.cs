namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The "Surname, Given" line that opens a case the way a chart header does (round 12, decision 091): at the start of a post or
/// a line, one or two capitalised words (a particle may open them: "Ó Conchúir", "Dela Cruz"), a comma, one capitalised word,
/// then a dash or an age ("Young, Crystal — 19F", "Papageorgiou, Fiachra — transferred", "Ní Chonaill, Róisín, 37,"). The
/// shape and the name lists are the evidence, so word names count ("Payne, Wren —"); English words no name list holds, function
/// words, clinical words and departments never do ("Overall, Stable -", "Yesterday, Maria —", "Cardiology, Neurology — both agree").
/// </summary>
internal static class CaseHeaderNames
{
    private static readonly string[] OpeningParticles = ["Ó", "O", "Ní", "Nic", "Mac", "Mc", "Dela", "De", "Del", "Van", "Von", "Da", "Di", "Du", "La", "Le", "Al", "El", "Bin", "Ibn"];

    private static readonly int LongestParticle = OpeningParticles.Max(particle => particle.Length);

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        if (!index.Text.Contains(','))
        {
            return; // both shapes need a comma: "Surname, Given", "cousin, Sage."
        }

        var tokens = index.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((index.Kinds[i] & WordKind.PersonCue) != 0)
            {
                CueCommaName(index, i, found);
            }

            if (!tokens[i].SentenceStart || !OpensLine(index.Text, tokens[i].Start))
            {
                continue;
            }

            var surnameEnd = i;
            if (IsOpeningParticle(FoundTokens.Word(index, i)) || (FoundTokens.MayBeNamePart(index, i) && FoundTokens.Gap(index, i, i + 1) is " "
                && FoundTokens.MayBeNamePart(index, i + 1) && i + 2 < tokens.Count && FoundTokens.Gap(index, i + 1, i + 2) is ", "))
            {
                surnameEnd = i + 1;
            }

            if (surnameEnd + 1 >= tokens.Count || !FoundTokens.MayBeNamePart(index, surnameEnd) || (surnameEnd == i + 1 && FoundTokens.Gap(index, i, i + 1) is not " ")
                || FoundTokens.Gap(index, surnameEnd, surnameEnd + 1) is not ", " || !FoundTokens.MayBeNamePart(index, surnameEnd + 1))
            {
                continue;
            }

            var given = surnameEnd + 1;
            if (ClosesHeader(index.Text, tokens[given].End) && IsNameLike(index, surnameEnd) && IsNameLike(index, given))
            {
                found.Add(new Detection(tokens[i].Start, tokens[given].End, PhiType.Name, 1));
            }
        }
    }

    // "pt is the cousin, Sage.": a person word, a comma, and one capitalised name-like word that closes the clause.
    private static void CueCommaName(TokenIndex index, int cue, List<Detection> found)
    {
        var name = cue + 1;
        if (FoundTokens.Gap(index, cue, name) is not ", " || !FoundTokens.MayBeNamePart(index, name) || !IsNameLike(index, name))
        {
            return;
        }

        var end = index.Tokens[name].End;
        if (end == index.Text.Length || index.Text[end] is '.' or ';' or '!' or '?' or '\n')
        {
            found.Add(new Detection(index.Tokens[name].Start, end, PhiType.Name, 1));
        }
    }

    // Compared as spans: a string per line-opening word was this rule's only allocation.
    private static bool IsOpeningParticle(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestParticle)
        {
            return false;
        }

        foreach (var particle in OpeningParticles)
        {
            if (word.SequenceEqual(particle))
            {
                return true;
            }
        }

        return false;
    }

    // A word of the name lists, or no English word: "Young, Crystal", "Papageorgiou, Fiachra"; never "Overall, Stable".
    private static bool IsNameLike(TokenIndex index, int i) =>
        (index.Kinds[i] & (WordKind.ListedName | WordKind.NameWord | WordKind.RarerNameWord)) != 0 || !index.IsEnglishWord(i);

    // The first word of the post, or of a line (after a list marker).
    private static bool OpensLine(string text, int start)
    {
        for (var k = start - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c == '\n')
            {
                return true;
            }

            if (c is not (' ' or '-' or '*' or '\u2022' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    // " — ", " – ", " - ", ", 37", " 19F": a dash or an age after the given name.
    private static bool ClosesHeader(string text, int end)
    {
        var at = end;
        if (at + 2 >= text.Length)
        {
            return false;
        }

        if (text[at] == ' ' && text[at + 1] is '\u2014' or '\u2013' or '-' && text[at + 2] == ' ')
        {
            return true;
        }

        if (text[at] == ',' || text[at] == ' ')
        {
            at += text[at] == ',' && text[at + 1] == ' ' ? 2 : 1;
            var digits = 0;
            while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]))
            {
                digits++;
            }

            return digits is 1 or 2 or 3 && (at + digits == text.Length || !char.IsAsciiLetter(text[at + digits]) || text[at + digits] is 'M' or 'F' or 'y');
        }

        return false;
    }
}
