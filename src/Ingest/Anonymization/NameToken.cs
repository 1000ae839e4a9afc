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
    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>(text.Length / 6);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '"' or '\u201C' or '(' or '*' or '\u2022')
                {
                    sentenceStart = true;
                }
                else if (!char.IsWhiteSpace(c) && c != '-')
                {
                    sentenceStart = false;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i))))
            {
                i++;
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

        return tokens;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';

    private static bool IsPossessiveAt(string text, int index) =>
        index + 1 < text.Length && text[index] is '\'' or '\u2019' && text[index + 1] is 's' or 'S'
        && (index + 2 >= text.Length || !char.IsLetter(text[index + 2]));
}
