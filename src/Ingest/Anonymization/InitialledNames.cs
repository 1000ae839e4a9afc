using System.Runtime.InteropServices;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A name written with an initial (round 13, decision 100): a capital and a period, then a capitalised word that is a listed name
/// or no English word ("N. Esfahani", "P. Woźniak", "W. al-Amin"), or a name the finders found ("T. [surname]"); and a found given
/// name followed by a middle initial and a surname ("[given] J. Cramp"). "U.S. Army" (an initial after another) and "E. coli" (a
/// lower-case species) are no names; nor is a clinical word after the initial ("A. Fib").
/// </summary>
internal static class InitialledNames
{
    private static readonly string[] LowerCaseParticles = ["al-", "el-"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        DropLettersReadAsInitials(index, found);
        var tokens = index.Tokens;
        var text = index.Text;
        var count = found.Count;
        var spans = CollectionsMarshal.AsSpan(tokens); // no copy of each token, as Tokens[i] makes
        for (var i = 0; i + 1 < spans.Length; i++)
        {
            ref readonly var initial = ref spans[i];
            if (initial.Length != 1 || !initial.PeriodAfter || !char.IsAsciiLetterUpper(text[initial.Start])
                || tokens[i + 1].Start != initial.End + 2 || text[initial.End + 1] != ' '
                || (initial.Start > 0 && !(char.IsWhiteSpace(text[initial.Start - 1]) || text[initial.Start - 1] is '(' or '"'))
                || (initial.Start > 1 && text[initial.Start - 1] == ' ' && text[initial.Start - 2] == '.' && i > 0 && tokens[i - 1].Length == 1)
                || IsLetterOfWhatCameBefore(text, initial.Start))
            {
                continue;
            }

            var surname = i + 1;
            var foundSurname = FoundNameFrom(found, count, tokens[surname].Start);
            if (foundSurname is null && !IsSurname(index, surname))
            {
                continue;
            }

            var end = foundSurname?.End ?? tokens[surname].End;
            var start = initial.Start;
            if (i > 0 && FoundTokens.Gap(index, i - 1, i) is " " && FoundNameEnding(found, count, tokens[i - 1].End) is { } given)
            {
                start = given.Start;
            }

            found.Add(new Detection(start, end, PhiType.Name, 1));
        }
    }

    /// <summary>
    /// A name read by the earlier finders that opens with a letter no initial is (decision 203): "51F. Carbo/taxol x6", "64M. Six
    /// cycles", "vitamin D. Nutrition referral" are a sex letter or a vitamin and the next sentence's first word. The read goes
    /// when it is that letter and one word; when the word is a listed given name ("51F. Maria came in") the name keeps it alone.
    /// After the learned detector, so its training candidates are unchanged; only reads starting with a capital and a period are looked at.
    /// </summary>
    private static void DropLettersReadAsInitials(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        for (var c = found.Count - 1; c >= 0; c--)
        {
            var read = found[c];
            if (read.Type != PhiType.Name || read.Start + 3 >= read.End || !char.IsAsciiLetterUpper(text[read.Start]) || text[read.Start + 1] != '.'
                || text[read.Start + 2] != ' ' || !IsLetterOfWhatCameBefore(text, read.Start, spacedNumber: false))
            {
                continue;
            }

            var word = FoundTokens.StartingAt(index.Tokens, read.Start + 3);
            if (word < 0 || index.Tokens[word].End < read.End)
            {
                continue; // more than one word after the letter: a name may follow ("51F. Maria Lopez"); left as read
            }

            if ((index.Kinds[word] & WordKind.FirstName) != 0)
            {
                found[c] = read with { Start = index.Tokens[word].Start };
            }
            else
            {
                found.RemoveAt(c);
            }
        }
    }

    // Nouns that name a thing by a capital letter after them: "vitamin K", "factor V", "hep B", "type A", "class C", "lead V".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LetterNouns = new HashSet<string>(
        ["vitamin", "factor", "hep", "hepatitis", "type", "class", "lead", "zone", "plan", "group"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A capital letter with a period that is no initial (decision 203): a sex letter or a unit after a number, joined or, unless
    /// <paramref name="spacedNumber"/> is false, spaced ("51F. Carbo/taxol x6", "a 34 y/o F. Cortisol 1.2", "FVC 2.8 L. Prior ...";
    /// a spaced one may be a bed: "bed 4 C. Dumlao"), or the letter a noun before it names ("oral vitamin K. No DOAC", "factor
    /// V. Recheck"). Read only for a one-letter word before a period, so no token pays.
    /// </summary>
    internal static bool IsLetterOfWhatCameBefore(string text, int start, bool spacedNumber = true)
    {
        var k = start;
        while (spacedNumber && k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        var before = text.AsSpan(0, k);
        if (before.Length > 0 && (char.IsAsciiDigit(before[^1]) || before.EndsWith("y/o", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("yo", StringComparison.OrdinalIgnoreCase) || before.EndsWith("old", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        before = text.AsSpan(0, k);
        if (k == start || before.Length == 0 || !char.IsAsciiLetterLower(before[^1]))
        {
            return false;
        }

        var wordStart = before.Length;
        while (wordStart > 0 && char.IsAsciiLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        return LetterNouns.Contains(before[wordStart..]);
    }

    private static bool IsSurname(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        if (!FoundTokens.IsTitleCase(word) && !StartsWithParticle(word))
        {
            return false;
        }

        if ((index.Kinds[i] & FoundTokens.NeverNamePart) != 0 || ((index.Cues[i] & WordCue.FunctionWord) != 0 && FoundTokens.FunctionWords.Contains(word)))
        {
            return false;
        }

        return !index.IsClinicalTerm(i)
            && ((index.Kinds[i] & (WordKind.ListedName | WordKind.NameWord | WordKind.RarerNameWord)) != 0 || !index.IsEnglishWord(i));
    }

    private static bool StartsWithParticle(ReadOnlySpan<char> word)
    {
        foreach (var particle in LowerCaseParticles)
        {
            if (word.Length > particle.Length && word.StartsWith(particle, StringComparison.Ordinal) && char.IsUpper(word[particle.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static Detection? FoundNameFrom(List<Detection> found, int count, int start)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name && found[c].Start == start)
            {
                return found[c];
            }
        }

        return null;
    }

    private static Detection? FoundNameEnding(List<Detection> found, int count, int end)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name && found[c].End == end)
            {
                return found[c];
            }
        }

        return null;
    }
}
