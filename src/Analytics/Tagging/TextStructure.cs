using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Tagging;

/// <summary>Sentence and clause boundaries of normalized text, as ascending exclusive end offsets.</summary>
internal static class TextStructure
{
    /// <summary>
    /// Sentences end at '.', '!' or '?' followed by a non-word character (so "2.5 mg" and "?PE" do not split),
    /// at ';' and at line breaks.
    /// </summary>
    public static void SentenceEnds(ReadOnlySpan<char> text, List<int> ends)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c is ';' or '\n'
                || (c is '.' or '!' or '?' && (i + 1 == text.Length || !NormalizedText.IsWordChar(text[i + 1])));
            if (boundary)
            {
                ends.Add(i + 1);
            }
        }

        ends.Add(text.Length);
    }

    /// <summary>Clauses split sentences further at ',' ':' and at clause-break words (but, however, whereas, while...).</summary>
    public static void ClauseEnds(ReadOnlySpan<char> text, List<PhraseHit> cueHits, TermInfo[] terms, List<int> ends)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (SentimentScoring.IsClauseBreakChar(text, i))
            {
                ends.Add(i + 1);
            }
        }

        foreach (var hit in cueHits)
        {
            if ((terms[hit.TermId].Cues & CueFlags.ClauseBreak) != 0)
            {
                ends.Add(hit.Start);
            }
        }

        ends.Add(text.Length);
        ends.Sort();
    }

    /// <summary>Index of the segment containing <paramref name="position"/>, walking forward from <paramref name="from"/>.</summary>
    public static int SegmentOf(List<int> ends, int position, int from)
    {
        var index = Math.Max(from, 0);
        while (index < ends.Count - 1 && ends[index] <= position)
        {
            index++;
        }

        return index;
    }

    public static int SegmentStart(List<int> ends, int index) => index == 0 ? 0 : ends[index - 1];

    /// <summary>The next non-space character after <paramref name="end"/> is a digit ("Sonata 10", "SBP 82").</summary>
    public static bool FollowedByNumber(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    /// <summary>Number of words starting in [start, end).</summary>
    public static int WordsBetween(ReadOnlySpan<char> text, int start, int end)
    {
        var words = 0;
        for (var i = Math.Max(start, 0); i < end; i++)
        {
            if (NormalizedText.IsWordChar(text[i]) && (i == 0 || !NormalizedText.IsWordChar(text[i - 1])))
            {
                words++;
            }
        }

        return words;
    }

    public static bool ContainsClauseBreak(ReadOnlySpan<char> text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (SentimentScoring.IsClauseBreakChar(text, i))
            {
                return true;
            }
        }

        return false;
    }
}
