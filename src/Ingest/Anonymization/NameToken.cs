
namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A word of the post as the name detector sees it: letters with inner apostrophes or hyphens
/// ("O'Brien", "Guillain-Barré"), a trailing possessive split off ("Crohn's" is Crohn + 's), and
/// the layout facts that decide whether a capital letter means anything.
/// </summary>
internal readonly record struct NameToken(int Start, int End, int PossessiveEnd, bool SentenceStart, bool PeriodAfter)
{
    public int Length => End - Start;

    public bool IsPossessive => PossessiveEnd > End;

    /// <summary>Span end including a trailing period of an initial ("K.").</summary>
    public int EndWithPeriod => PeriodAfter && Length == 1 ? End + 1 : End;
}

internal static class NameTokenizer
{
    /// <summary>The words of <paramref name="text"/>, appended to <paramref name="tokens"/> (cleared first).</summary>
    public static void Tokenize(string text, List<NameToken> tokens)
    {
        // Plain loops: forum words are ~5 letters and gaps one space, too short for a vectorised search to pay for its setup.
        tokens.Clear();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            // Only the last meaningful character of the gap decides whether the next word opens a sentence.
            var gapStart = i;
            while (i < text.Length && !IsWordStart(text[i]))
            {
                i++;
            }

            if (i > gapStart)
            {
                sentenceStart = SentenceStartAfter(text.AsSpan(gapStart, i - gapStart), sentenceStart);
                if (i >= text.Length)
                {
                    break;
                }
            }

            if (!char.IsLetter(text[i]))
            {
                sentenceStart = SentenceStartAfter(text.AsSpan(i, 1), sentenceStart);
                i++;
                continue;
            }

            var start = i;
            while (true)
            {
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    break;
                }

                var c = text[i];
                if ((c > 127 && char.IsLetter(c)) || (IsJoiner(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i)))
                {
                    i++;
                    continue;
                }

                break;
            }

            var end = i;
            var possessiveEnd = end;
            if (IsPossessiveAt(text, end))
            {
                possessiveEnd = end + 2;
            }
            else if (end < text.Length && text[end] is '\'' or '\u2019' && text[end - 1] is 's' or 'S' && !(end + 1 < text.Length && char.IsLetter(text[end + 1])))
            {
                possessiveEnd = end + 1; // Graves'
            }

            var periodAfter = possessiveEnd < text.Length && text[possessiveEnd] == '.';
            tokens.Add(new NameToken(start, end, possessiveEnd, sentenceStart, periodAfter));
            sentenceStart = false;
            i = possessiveEnd;
        }
    }

    // Sentence punctuation opens a sentence, any other visible character closes it; spaces and hyphens change nothing.
    private static bool SentenceStartAfter(ReadOnlySpan<char> gap, bool sentenceStart)
    {
        for (var k = gap.Length - 1; k >= 0; k--)
        {
            var c = gap[k];
            if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '"' or '\u201C' or '(' or '*' or '\u2022')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && c != '-')
            {
                return false;
            }
        }

        return sentenceStart;
    }

    /// <summary>"Maria", "McLendon", "O'Brien", "DeLand"; never "HFpEF", "DOACs" or "NYHA": no two capitals in a row.</summary>
    // x, "McLendon", "O'Brien", never "HFpEF" or "NYHA": no two capitals in a row.
    public static bool IsNameCase(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsUpper(word[k - 1]))
            {
                return false;
            }
        }

        return word.Length == 1 || word.ContainsAnyInRange('a', 'z');
    }

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c > 127;

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';

    private static bool IsPossessiveAt(string text, int index) =>
        index + 1 < text.Length && text[index] is '\'' or '\u2019' && text[index + 1] is 's' or 'S'
        && (index + 2 >= text.Length || !char.IsLetter(text[index + 2]));
}
