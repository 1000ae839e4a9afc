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
                || AfterAnAge(text, initial.Start))
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

    // "a 34 y/o F. Cortisol 1.2": a sex letter after an age, not an initial.
    private static bool AfterAnAge(string text, int start)
    {
        var k = start;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        var before = text.AsSpan(0, k);
        return before.Length > 0 && (char.IsAsciiDigit(before[^1]) || before.EndsWith("y/o", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("yo", StringComparison.OrdinalIgnoreCase) || before.EndsWith("old", StringComparison.OrdinalIgnoreCase));
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
