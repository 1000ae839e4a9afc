namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A street line written abroad's way (round 40, decision 251): the street word first and the house number last ("Calle Nogal 48",
/// "Av. Hidalgo 210", "ul. Długa 14/3", "Rruga e Kavajes 14", "Calle 8 No. 312", "Bağdat Caddesi No:45"), a street word fused to
/// its name ("Storgata 12", "Keizersgracht 210", "Kalevankatu 22", "Zülpicher Str. 58") or a French number before "rue" ("88 Rue
/// des Érables", "42 rue des Écoles"). <see cref="StreetDetector"/> reads only the American order (number, name, suffix), so the
/// finders took the street's name as a person or a town and left its number: pooled over rounds 10-36 such lines were misses in 12
/// rounds by hand and by generator. The rule visits only the text's digit runs: a house number of one to five digits (a "/3" or a
/// letter after it) that closes its part of the line (a comma, a stop, a bracket or the end) is read back over at most five words
/// for a street word; every word between must be capitalised, a joining particle ("de", "das", "e") or a number of two digits at
/// most ("Calle 5 de Mayo 118"). A plain sentence word stops the walk, so "Via Hickman 2 doses" and "Rue 12" in prose need the line's
/// shape as well as the word.
/// </summary>
internal static class ForeignStreetAddresses
{
    private const int MaxWordsBack = 5;

    private const int MaxHouseDigits = 5;

    private const int MaxPartsAfter = 4;

    private const int MaxWordsPerPart = 4;

    // Street words that open a street's name, with the dot of their short forms trimmed; capitalised in the text.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWords = new HashSet<string>(
        ["Calle", "Avenida", "Av", "Avda", "Rua", "Rue", "Carrer", "Rruga", "Jalan", "Jl", "Triq", "Kalea", "Privada", "Náměstí", "Namesti", "Via",
         "Viale", "Corso", "Piazza", "Largo", "Travessa", "Praça", "Paseo", "Calzada", "Camino", "Strada", "Ulica", "Ulitsa", "Calea", "Bulevar",
         "Bulevardi", "Chemin", "Allée", "Plac", "Aleja"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case lead words as Polish, Ukrainian and French lines write them ("ul. Długa", "vul. Khreshchatyk", "rue des Écoles").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerLeadWords = new HashSet<string>(
        ["ul", "vul", "rue", "calle", "avenida", "rua"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Street words written after the street's name as words of their own ("Zülpicher Str.", "Bağdat Caddesi", "Dronningens gate");
    // a capitalised name must stand right before them, so "boarding gate 8," stays.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingWords = new HashSet<string>(
        ["Str", "Straße", "Strasse", "Caddesi", "Cad", "Cd", "Sokak", "Sokağı", "Sk", "str", "straße", "strasse", "gate", "gata", "gatan", "vei",
         "veien", "vej", "gade", "weg", "utca", "caddesi", "sokak"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Street words fused to the end of the name: Nordic, Dutch, German, Finnish, Danish ("Storgata", "Sveavägen", "Keizersgracht").
    private static readonly string[] FusedEndings =
    [
        "gata", "gatan", "gate", "vägen", "veien", "vegen", "vej", "gade", "gracht", "straat", "straße", "strasse", "weg", "katu", "tie", "laan",
        "plein", "gasse", "platz", "allee", "kaai", "steeg", "torget", "stræde",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = new HashSet<string>(
        ["de", "del", "dels", "la", "las", "los", "les", "le", "das", "dos", "da", "do", "di", "e", "des", "du", "d", "il", "el", "i", "y"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "No. 312", "No:45", "Nº 8": the house number's own label after the street.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberLabels = new HashSet<string>(
        ["No", "Nº", "no", "Nr", "nr"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var at = 0;
        while (at < text.Length && text.AsSpan(at).IndexOfAnyInRange('0', '9') is >= 0 and var offset)
        {
            var start = at + offset;
            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            at = end;
            if (end - start > MaxHouseDigits || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '/')))
            {
                continue;
            }

            var numberEnd = HouseNumberEnd(text, end);
            if (numberEnd >= 0 && StreetBefore(text, start) is >= 0 and var streetStart)
            {
                var lineEnd = PartsAfter(text, numberEnd);
                found.Add(new Detection(streetStart, lineEnd, PhiType.Address, 6));
                at = lineEnd;
            }
            else if (FrenchStreetAfter(text, end) is > 0 and var frenchEnd)
            {
                found.Add(new Detection(start, frenchEnd, PhiType.Address, 6));
                at = frenchEnd;
            }
        }
    }

    // ", Col. Las Flores, Guadalajara, Jal. 44270", ", 80-831 Gdańsk", ", Praha 2": the rest of the address line after the street,
    // part by part (", " between), while each word opens with a capital or a digit or is a joining particle; a word ending in a stop
    // closes the line unless it is a short abbreviation ("Col.", "B.C.", "Jal."). The first other word ends it ("Helsinki for a
    // month" keeps "Helsinki"). The end of what was taken, or end itself.
    private static int PartsAfter(string text, int end)
    {
        var taken = end;
        for (var part = 0; part < MaxPartsAfter && taken + 2 < text.Length && text[taken] == ',' && text[taken + 1] == ' '; part++)
        {
            var at = taken + 2;
            var words = 0;
            while (words < MaxWordsPerPart && at < text.Length)
            {
                var wordEnd = at;
                while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] is not (',' or ';' or ')' or '?' or '!'))
                {
                    wordEnd++;
                }

                var word = text.AsSpan(at, wordEnd - at);
                var bare = word.TrimEnd('.');
                if (bare.IsEmpty || !(char.IsUpper(bare[0]) || char.IsAsciiDigit(bare[0]) || Particles.Contains(bare)))
                {
                    return taken;
                }

                words++;
                var stopped = bare.Length < word.Length && !IsShortAbbreviation(word);
                taken = stopped ? at + bare.Length : wordEnd;
                if (stopped || wordEnd >= text.Length || text[wordEnd] != ' ')
                {
                    break;
                }

                at = wordEnd + 1;
            }

            if (taken >= text.Length || text[taken] != ',')
            {
                return taken;
            }
        }

        return taken;
    }

    // "Col.", "Jal.", "B.C.", "N.L.", "C.P.": three letters at most before the stop, or stops within, read as part of the line, not
    // its end ("Kyiv." ends it).
    private static bool IsShortAbbreviation(ReadOnlySpan<char> word) =>
        word[..^1] is var bare && !bare.ContainsAnyInRange('0', '9') && (bare.Length <= 3 || bare.Contains('.'));

    // After the digits: "/3" or one letter, then the part of the line closes (",", ";", ")", a line break, the end, or ". ").
    private static int HouseNumberEnd(string text, int end)
    {
        if (end + 1 < text.Length && text[end] == '/' && char.IsAsciiDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }
        else if (end < text.Length && char.IsAsciiLetter(text[end]) && !RegexScan.IsWordChar(text, end + 1))
        {
            end++;
        }

        if (end == text.Length || text[end] is ',' or ';' or ')' or '\n' or '\r')
        {
            return end;
        }

        return text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])) ? end : -1;
    }

    // The start of the street word the house number at start closes, or -1: back over at most five words on the same line.
    private static int StreetBefore(string text, int start)
    {
        var wordEnd = start;
        for (var n = 0; n < MaxWordsBack; n++)
        {
            if (wordEnd < 2 || text[wordEnd - 1] is not (' ' or ':'))
            {
                return -1;
            }

            var wordStart = wordEnd - 1;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != ',')
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, wordEnd - 1 - wordStart).TrimEnd('.');
            if (word.IsEmpty)
            {
                return -1;
            }

            if (n == 0 && NumberLabels.Contains(word))
            {
                wordEnd = wordStart;
                n--; // the label is no word of the street's name
                continue;
            }

            if (LeadWords.Contains(word) || LowerLeadWords.Contains(word))
            {
                return wordStart;
            }

            if (n == 0 && TrailingWords.Contains(word))
            {
                return WordBefore(text, wordStart);
            }

            if (n == 0 && RegexScan.IsCapitalised(word) && HasFusedEnding(word))
            {
                return wordStart;
            }

            var joined = word.Contains('-') ? word[(word.LastIndexOf('-') + 1)..] : word; // "il-Kbira"
            if (!(RegexScan.IsCapitalised(joined) || Particles.Contains(word) || Particles.Contains(word.TrimEnd('-')) || (word.Length <= 2 && IsDigits(word))))
            {
                return -1;
            }

            wordEnd = wordStart;
        }

        return -1;
    }

    // "42 rue des Écoles", "88 Rue Champlain": a French number before "rue" and the street's name (particles and capitalised
    // words, up to four) up to the comma or the line's end. End of the name, or 0.
    private static int FrenchStreetAfter(string text, int end)
    {
        if (end + 5 > text.Length || text[end] != ' ' || !text.AsSpan(end + 1).StartsWith("rue ", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var at = end + 5;
        var nameEnd = 0;
        for (var n = 0; n < 4 && at < text.Length; n++)
        {
            var wordEnd = at;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\''))
            {
                wordEnd++;
            }

            var word = text.AsSpan(at, wordEnd - at);
            if (RegexScan.IsCapitalised(word))
            {
                nameEnd = wordEnd;
            }
            else if (!Particles.Contains(word))
            {
                break;
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            at = wordEnd + 1;
        }

        return nameEnd;
    }

    // "Zülpicher" before "Str.": the capitalised word one space before the street word at wordStart, or -1.
    private static int WordBefore(string text, int wordStart)
    {
        if (wordStart < 2 || text[wordStart - 1] != ' ')
        {
            return -1;
        }

        var start = wordStart - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return RegexScan.IsCapitalised(text.AsSpan(start, wordStart - 1 - start)) ? start : -1;
    }

    private static bool HasFusedEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in FusedEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> word) => !word.ContainsAnyExceptInRange('0', '9');
}
