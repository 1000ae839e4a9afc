namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 47 (decision 310): initials, pooled from the "names in capitals" row of rounds 10-43, where they recur in many rounds by
/// hand and generated. Three shapes: a surname's initial after a found name ("Kalani K. in bed 3", "Oyelaran, F. presented",
/// "Sultanova F. bed 12"); a lone initial before a found name in a name's slot ("for C. Yellow Hawk", a line's head); and
/// initials standing for the patient before an age ("K.X., 44,", "N. M. (94", "R.J.P., 96", "S. N., ninety-six-year-old").
/// FoundNameExtensions leaves a lone spaced initial before a name on purpose ("vitamin D. Smith called"), so the slot is asked
/// for here; abbreviations that look like initials ("U.S.", "A.M.", "I.V.") are never taken, and an initial glued to a letter
/// after its dot ("M.D", "P.A") is a degree, not a name.
/// </summary>
internal static class InitialsBesideFoundNames
{
    // Dotted abbreviations of the same shape as two initials: places, times, routes and notes.
    private static readonly string[] Abbreviations =
        ["U.S.", "U.K.", "A.M.", "P.M.", "N.B.", "E.R.", "O.R.", "I.V.", "P.O.", "D.C.", "L.A.", "N.Y.", "U.N.", "E.U.", "M.D.", "D.O.", "R.N.", "P.A.", "N.P.", "B.S.", "M.S.", "Q.D."];

    // Words after which a lone initial before a found name is a name's slot ("for C. Yellow Hawk", "sent H. Sugar").
    private static readonly string[] SlotWordsBeforeInitial = ["for", "sent", "saw", "pt", "client", "patient", "by", "with", "and", "called", "named"];

    public static void Detect(string text, List<Detection> found)
    {
        if (text.Length < 2)
        {
            return; // no initial and its dot; an empty post must not reach IndexOf's start of 1
        }

        // Pre-check: an initial is a capital before a dot; most posts' dots close sentences after a lower-case letter or digit.
        var count = found.Count;
        for (var dot = text.IndexOf('.', 1); dot > 0; dot = dot + 1 < text.Length ? text.IndexOf('.', dot + 1) : -1)
        {
            if (!IsInitialAt(text, dot - 1) || (dot >= 2 && text[dot - 2] == '.'))
            {
                continue; // not a run's first initial
            }

            var start = dot - 1;
            var end = RunEnd(text, start, out var initials);
            if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                continue; // "M.D", "K.9": a degree or a code, not initials
            }

            if (initials >= 2 && IsAbbreviation(text.AsSpan(start, end - start)))
            {
                continue;
            }

            if (AfterFoundName(text, found, count, start, end) || BeforeFoundName(text, found, count, start, end, initials)
                || (initials >= 2 && initials <= 3 && AgeFollows(text, end)))
            {
                found.Add(new Detection(start, end, PhiType.Name));
            }

            dot = end - 1;
        }
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> run)
    {
        foreach (var abbreviation in Abbreviations)
        {
            if (run.SequenceEqual(abbreviation))
            {
                return true;
            }
        }

        return false;
    }

    // A capital letter with no letter or digit glued before it, then its dot.
    private static bool IsInitialAt(string text, int at) =>
        at >= 0 && at + 1 < text.Length && char.IsAsciiLetterUpper(text[at]) && text[at + 1] == '.' && (at == 0 || !char.IsLetterOrDigit(text[at - 1]));

    // "K.X." or "N. M.": initials glued or one space apart, up to three; the end is after the last dot.
    private static int RunEnd(string text, int start, out int initials)
    {
        initials = 1;
        var end = start + 2;
        while (initials < 3)
        {
            var next = end < text.Length && text[end] == ' ' ? end + 1 : end;
            if (next + 1 >= text.Length || !char.IsAsciiLetterUpper(text[next]) || text[next + 1] != '.')
            {
                break;
            }

            initials++;
            end = next + 2;
        }

        return end;
    }

    // "Kalani K.", "Oyelaran, F.": one or two initials right after a found name, one space or ", " between.
    private static bool AfterFoundName(string text, List<Detection> found, int count, int start, int end)
    {
        if (start < 2 || text[start - 1] != ' ' || GermOrRhythmAfter(text, end))
        {
            return false;
        }

        return EndsFoundName(found, count, text[start - 2] == ',' ? start - 2 : start - 1);
    }

    // "A. fib" after a name is the rhythm and "Mabel Baker, C. diff colitis" the germ, not the name's initial: the words that
    // follow a genus's initial in posts (the first rotation took "C. diff" and "C. difficile" after a found name twice).
    private static readonly string[] WordsAfterAGenusInitial =
        ["fib", "diff", "dif", "difficile", "coli", "aureus", "epidermidis", "pylori", "pneumoniae", "pneumo", "acnes", "albicans", "auris",
         "glabrata", "vulnificus", "marinum", "gondii", "jirovecii", "fumigatus", "cepacia", "aeruginosa", "faecalis", "faecium", "pyogenes",
         "agalactiae", "burgdorferi", "trachomatis", "vaginalis", "perfringens", "botulinum", "tetani", "gonorrhoeae", "meningitidis",
         "influenzae", "monocytogenes", "pallidum", "tuberculosis", "avium", "falciparum", "vivax", "typhi", "jejuni", "baumannii",
         "marcescens", "cloacae", "mirabilis", "henselae", "lugdunensis", "kansasii", "cruzi", "canis"];

    private static bool GermOrRhythmAfter(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        var stop = 0;
        while (stop < rest.Length && char.IsAsciiLetterLower(rest[stop]))
        {
            stop++;
        }

        if (stop < 3)
        {
            return false; // most initials go on with a mark, a capital or a short word ("K. in", "K.,")
        }

        var word = rest[..stop];
        foreach (var germ in WordsAfterAGenusInitial)
        {
            if (word.SequenceEqual(germ))
            {
                return true;
            }
        }

        return false;
    }

    // "for C. Yellow Hawk", a line's "L. Der Bedrossian": a lone initial before a found name, at a line's head, after a mark or
    // after a slot word; "vitamin D. Smith" stays.
    private static bool BeforeFoundName(string text, List<Detection> found, int count, int start, int end, int initials)
    {
        if (initials != 1 || end >= text.Length || text[end] != ' ' || !StartsFoundName(found, count, end + 1))
        {
            return false;
        }

        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (before.Length == 0 || before[^1] is '\n' or ',' or ':' or '(' or ';' or '|' or '-')
        {
            return true;
        }

        var space = before.LastIndexOfAny(' ', '\n');
        var word = before[(space + 1)..];
        foreach (var slot in SlotWordsBeforeInitial)
        {
            if (word.Equals(slot, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // ", 44,", " (94", ", 96 year old", ", ninety-six-year-old": an age after the initials, as a case opens.
    private static bool AgeFollows(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.StartsWith(", "))
        {
            rest = rest[2..];
            return (rest.Length > 0 && char.IsAsciiDigit(rest[0]) && AgeDigits(rest)) || YearWord(rest);
        }

        return rest.StartsWith(" (") && rest.Length > 2 && char.IsAsciiDigit(rest[2]) && AgeDigits(rest[2..]);
    }

    // One to three digits, then no digit, "%" or "." ("44,", "96 year", "91F"; not "45%", "2.5").
    private static bool AgeDigits(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits <= 3 && (digits == rest.Length || rest[digits] is not ('%' or '.' or ':' or '/'));
    }

    private static bool YearWord(ReadOnlySpan<char> rest)
    {
        var word = rest[..Math.Min(rest.Length, 30)];
        var stop = word.IndexOfAny(' ', ',');
        return (stop < 0 ? word : word[..stop]).EndsWith("-year-old", StringComparison.OrdinalIgnoreCase);
    }

    private static bool EndsFoundName(List<Detection> found, int count, int end)
    {
        for (var i = 0; i < count; i++)
        {
            if (found[i].Type == PhiType.Name && found[i].End == end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsFoundName(List<Detection> found, int count, int start)
    {
        for (var i = 0; i < count; i++)
        {
            if (found[i].Type == PhiType.Name && found[i].Start == start)
            {
                return true;
            }
        }

        return false;
    }
}
