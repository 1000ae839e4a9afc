namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Widens a name the rules or the learned detector found to the parts of it they left (round 11, decision 082): an initial
/// glued or spaced before it ("Z." of "Z.A. Bright"), a surname that is a word after a single found name ("Clifford Salt",
/// "Solveig Rain", "Fatoumata Butter"), a capitalised particle and its word ("Tamati Te Whata"), lower-case particles and
/// the word after them ("Ximena de la Cruz"), a listed given name before a found surname ("Bill Crane"), a "Surname, " before
/// a found given name ("Castle, Solveig"), and "Jr."/"Sr." after. Runs after both finders; reads only their name detections.
/// </summary>
internal static class FoundNameExtensions
{
    private static readonly string[] CapitalParticles = ["Te", "Van", "Von", "De", "Du", "Da", "Di", "La", "Le", "Del", "Della", "Ter", "Ten", "Dos", "Das", "Mac", "Ap"];

    private static readonly string[] LowerParticles = ["de", "la", "del", "della", "van", "von", "der", "den", "ter", "ten", "da", "di", "dos", "das", "du", "le", "bin", "ibn", "al", "el"];

    // Particles that open a name before its found part; not "Saw", "Ma", "Eh" (a verb, "mother", an interjection before a name).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticlesBeforeNames = new HashSet<string>(
        ["Ni", "El", "Al", "Ag", "De", "Da", "Di", "Du", "Van", "Von", "Te", "Ap", "Naw"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Suffixes = ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"];

    // A given name that opens a sentence as a verb or modal ("Will Crane be there?") is not taken before a found surname.
    // Also read by WordNamePairsBeforePersonClauses (decision 273), with words of its own.
    internal static readonly string[] SentenceVerbs = ["Will", "May", "Mark", "Sue", "Grant", "Chase", "Said", "Saw"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var name = found[c];
            if (name.Type != PhiType.Name)
            {
                continue;
            }

            var first = FoundTokens.StartingAt(index.Tokens, name.Start);
            var last = FoundTokens.EndingAt(index.Tokens, name.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            var start = InitialsBefore(index.Text, name.Start);
            var before = ParticlesBefore(index, first) ?? GivenNameBefore(index, first) ?? SurnameCommaBefore(index, first, last)
                ?? CapitalParticleBefore(index, first);
            if (before is { } b)
            {
                start = InitialsBefore(index.Text, index.Tokens[b].Start);
            }

            var end = WordsAfter(index, first, last);
            if (start < name.Start || end > name.End)
            {
                found.Add(new Detection(Math.Min(start, name.Start), Math.Max(end, name.End), PhiType.Name, name.Priority));
            }
        }
    }

    // "Z.A. Bright", "W. H. Te Whata", "S.A. Mac Giolla": the initials right before a found name. A lone spaced initial before a
    // name that opens with no initial stays ("vitamin D. Smith called"); two glued initials ("S.A. ") are taken.
    private static int InitialsBefore(string text, int start)
    {
        for (var round = 0; round < 2; round++)
        {
            var gap = start >= 1 && text[start - 1] == ' ' ? 1 : 0;
            var dot = start - 1 - gap;
            if (dot < 1 || text[dot] != '.' || !IsInitialAt(text, dot - 1))
            {
                break;
            }

            var opensWithInitial = start + 1 < text.Length && text[start + 1] == '.' && char.IsAsciiLetterUpper(text[start]);
            var gluedPair = dot >= 3 && text[dot - 2] == '.' && IsInitialAt(text, dot - 3);
            if (gap == 1 && !opensWithInitial && !gluedPair)
            {
                break;
            }

            start = gluedPair && gap == 1 ? dot - 3 : dot - 1;
        }

        return start;
    }

    // A capital letter with no letter or digit glued before it: "Z" of "Z.A.", not "D" of "HbD.".
    private static bool IsInitialAt(string text, int at) =>
        at >= 0 && char.IsAsciiLetterUpper(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) || (at >= 2 && text[at - 1] == '.' && char.IsAsciiLetterUpper(text[at - 2])));

    // "von Stetten", "Ratu ter Horst": lower-case particles before a found surname, and a capitalised word before them that is a
    // listed given name or no English word. NameParticles does this for the rules' names; the learned detector's come here.
    private static int? ParticlesBefore(TokenIndex index, int first)
    {
        var p = first;
        while (p > 0 && first - p < 2 && LowerParticles.AsSpan().Contains(FoundTokens.Word(index, p - 1).ToString()) && FoundTokens.Gap(index, p - 1, p) is " ")
        {
            p--;
        }

        if (p == first || (index.Kinds[p] & WordKind.Clinical) != 0)
        {
            return null;
        }

        var given = p - 1;
        var givenBefore = given >= 0 && FoundTokens.Gap(index, given, p) is " " && FoundTokens.MayBeNamePart(index, given)
            && ((index.Kinds[given] & WordKind.FirstName) != 0 || !NameLexicon.Shared.EnglishWords.Contains(FoundTokens.Word(index, given)));
        return givenBefore ? given : p;
    }

    // "Ni Luh", "El Idrissi", "De Smet", "Ag Ghaly": a capitalised particle of a Balinese, Arabic, Tuareg, Dutch or Italian name right
    // before a found name (decision 273: left in 12 rounds' pooled misses). GivenNameBefore reads only words of three letters or more.
    private static int? CapitalParticleBefore(TokenIndex index, int first)
    {
        var p = first - 1;
        return p >= 0 && FoundTokens.Gap(index, p, first) is " " && !index.Tokens[p].IsPossessive
            && ParticlesBeforeNames.Contains(FoundTokens.Word(index, p)) ? p : null;
    }

    // "Bill Crane's Lasix drip": a listed given name right before a found lone surname.
    private static int? GivenNameBefore(TokenIndex index, int first)
    {
        var p = first - 1;
        if (p < 0 || FoundTokens.Gap(index, p, first) is not " " || index.Tokens[p].IsPossessive || (index.Kinds[p] & WordKind.FirstName) == 0
            || !FoundTokens.MayBeNamePart(index, p))
        {
            return null;
        }

        var word = FoundTokens.Word(index, p);
        return index.Tokens[p].SentenceStart && SentenceVerbs.AsSpan().Contains(word.ToString()) ? null : p;
    }

    // "Castle, Solveig is our only medic", "Lamb, Ebo and Lamb, Efua": a census surname or a word no English list holds,
    // opening a sentence or after "and", before ", " and a found single given name. Since decision 253 also a census surname
    // an eponym list holds ("Smith, Andrew was the pt name", "Baker, Thomas"), when the found word is a listed given name of no
    // eponym list and no list goes on after it ("Cushing, Addison, Conn" stays); not an English or function word ("Still, Grace said no").
    private static int? SurnameCommaBefore(TokenIndex index, int first, int last)
    {
        var p = first - 1;
        if (first != last || p < 0 || FoundTokens.Gap(index, p, first) is not ", "
            || !(FoundTokens.MayBeNamePart(index, p) || IsEponymSurnameBeforeGivenName(index, p, first)))
        {
            return null;
        }

        var opens = index.Tokens[p].SentenceStart || (p > 0 && FoundTokens.Word(index, p - 1) is "and" or "&");
        var surname = (index.Kinds[p] & WordKind.Surname) != 0 || !NameLexicon.Shared.EnglishWords.Contains(FoundTokens.Word(index, p));
        return opens && surname ? p : null;
    }

    private static bool IsEponymSurnameBeforeGivenName(TokenIndex index, int surname, int given)
    {
        const WordKind NeverSurname = FoundTokens.NeverNamePart & ~WordKind.Eponym;
        var tokens = index.Tokens;
        return tokens[surname].Length >= 3 && FoundTokens.IsTitleCase(FoundTokens.Word(index, surname)) && (index.Kinds[surname] & NeverSurname) == 0
            && index.IsSurname(surname) && !index.IsEnglishWord(surname) && !FoundTokens.FunctionWords.Contains(FoundTokens.Word(index, surname))
            && !index.IsClinicalTerm(surname) && index.IsFirstName(given) && (index.Kinds[given] & FoundTokens.NeverNamePart) == 0
            && !(given + 1 < tokens.Count && FoundTokens.Gap(index, given, given + 1) is ", " && char.IsUpper(index.Text[tokens[given + 1].Start]));
    }

    // The parts after the found name: a capitalised particle and its word, lower-case particles and their word, one
    // capitalised word after a single found name, then "Jr.".
    private static int WordsAfter(TokenIndex index, int first, int last)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        var end = tokens[last].End;
        if (tokens[last].IsPossessive || last + 1 >= tokens.Count || FoundTokens.Gap(index, last, last + 1) is not " ")
        {
            return SuffixAfter(text, end);
        }

        var next = last + 1;
        var nextWord = FoundTokens.Word(index, next);
        var lastWord = FoundTokens.Word(index, last);
        var dash = lastWord.LastIndexOf('-');
        if ((CapitalParticles.AsSpan().Contains(lastWord.ToString()) || (dash > 0 && CapitalParticles.AsSpan().Contains(lastWord[(dash + 1)..].ToString())))
            && FoundTokens.IsTitleCase(nextWord) && (index.Kinds[next] & FoundTokens.NeverNamePart) == 0)
        {
            // "W. H. Te" found, "Whata" left; "Olive Steele-Van" found, "Houten" left: a particle ending a name needs its word.
            return SuffixAfter(text, tokens[next].End);
        }

        if (CapitalParticles.AsSpan().Contains(nextWord.ToString()) && next + 1 < tokens.Count && FoundTokens.Gap(index, next, next + 1) is " "
            && FoundTokens.IsTitleCase(FoundTokens.Word(index, next + 1)) && (index.Kinds[next + 1] & FoundTokens.NeverNamePart) == 0)
        {
            return SuffixAfter(text, tokens[next + 1].End);
        }

        var particles = next;
        while (particles < tokens.Count && particles - next < 2 && LowerParticles.AsSpan().Contains(FoundTokens.Word(index, particles).ToString())
            && particles + 1 < tokens.Count && FoundTokens.Gap(index, particles, particles + 1) is " ")
        {
            particles++;
        }

        if (particles > next && FoundTokens.MayBeNamePart(index, particles))
        {
            return SuffixAfter(text, tokens[particles].End);
        }

        if (nextWord.StartsWith("al-") || nextWord.StartsWith("el-"))
        {
            return SuffixAfter(text, tokens[next].End);
        }

        // A word surname after one found word: "Clifford Salt", "Solveig Rain, 96". Not at a sentence start, not a function word.
        if (first == last && !tokens[next].SentenceStart && FoundTokens.MayBeNamePart(index, next) && !tokens[last].PeriodAfter
            && !IsHyphenatedEponym(nextWord))
        {
            return SuffixAfter(text, tokens[next].End);
        }

        return SuffixAfter(text, end);
    }

    // "Mallory-Weiss", "Guillain-Barré": every part an eponym, so the word names a sign or a syndrome, not the person before it
    // ("5W-5 River Do Mallory-Weiss tear", round 20). The token's kinds miss it: the list is read per part. Also read by
    // WordSurnamesAfterFoundGivenNames (decision 320).
    internal static bool IsHyphenatedEponym(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('-') <= 0)
        {
            return false;
        }

        foreach (var part in word.Split('-'))
        {
            if (!NameLexicon.Shared.Eponyms.Contains(word[part]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SuffixAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        var skip = rest.StartsWith(", ") ? 2 : rest.StartsWith(" ") ? 1 : 0;
        if (skip == 0)
        {
            return end;
        }

        foreach (var suffix in Suffixes)
        {
            var after = rest[skip..];
            if (after.StartsWith(suffix, StringComparison.Ordinal) && (after.Length == suffix.Length || !char.IsLetterOrDigit(after[suffix.Length])))
            {
                return end + skip + suffix.Length;
            }
        }

        return end;
    }
}
