namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Frames that make an abbreviation a diagnosis (round 52, decision 369). The model sees two words either side, so it
/// drops a disease abbreviation whose sentence names nothing else clinical; pooled over the readable sets, three frames
/// recur across authors among its drops:
/// a case told with the patient's age and sex ("PE found on CT in a 55M", "BV recurring in a 35F", "Incomplete SCI C6,
/// 28M"); a condition the patient had before or that caused what follows ("after an SCI", "because of VT", "history of
/// MI"); and a condition screened or watched for ("screened for TB", "CT later for PRES"). A dropped eligible disease
/// candidate in one of them is kept. Other senses of these abbreviations (a physical exam, a school, storage) are not
/// told with an age and sex after "the" or "on", nor screened for, so those two words still leave the case frame to the model.
/// </summary>
internal static class AbbreviationFrames
{
    /// <summary>A word that may stand between a frame and the abbreviation ("after an SCI", "because of her VT").</summary>
    private static readonly string[] Determiners = ["a", "an", "the", "her", "his", "their", "prior", "known"];

    /// <summary>Two-word frames whose second word sits right before the abbreviation (or its determiner).</summary>
    private static readonly (string First, string Second)[] CauseFrames =
    [
        ("because", "of"), ("history", "of"), ("hx", "of"), ("due", "to"), ("secondary", "to"),
    ];

    /// <summary>Words of screening or watching, among the three before "for" ("screening him for TB").</summary>
    private static readonly string[] ScreeningWords =
    [
        "screen", "screened", "screening", "watch", "watching", "monitor", "monitoring", "test", "tested", "testing",
        "check", "checked", "checking", "ct", "mri", "workup", "evaluate", "evaluated", "evaluation",
    ];

    private const int WordsBeforeFor = 3;

    public static void KeepFramedDiseases(
        ReadOnlySpan<char> chars, List<int> sentenceEnds, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        foreach (var (hit, candidate) in candidates)
        {
            if (keep[hit] || !candidate.Eligible || candidate.Type != EntityType.Disease)
            {
                continue;
            }

            var start = hits[hit].Start;
            var sentence = TextStructure.SegmentOf(sentenceEnds, start, 0);
            var sentenceStart = TextStructure.SegmentStart(sentenceEnds, sentence);
            var frameEnd = SkipDeterminer(chars, start);
            keep[hit] = IsCauseFrame(chars, frameEnd)
                || IsScreeningFrame(chars, frameEnd, sentenceStart)
                || IsCaseSentence(chars, start, sentenceStart, sentenceEnds[sentence]);
        }
    }

    /// <summary>Where the frame before the abbreviation ends: before one determiner, if one stands right before it.</summary>
    private static int SkipDeterminer(ReadOnlySpan<char> chars, int start)
    {
        var previous = NormalizedText.PreviousWord(chars, start, out var wordStart);
        foreach (var determiner in Determiners)
        {
            if (previous.SequenceEqual(determiner))
            {
                return wordStart;
            }
        }

        return start;
    }

    /// <summary>"after", or a two-word cause frame, right before (no punctuation between).</summary>
    private static bool IsCauseFrame(ReadOnlySpan<char> chars, int frameEnd)
    {
        var second = NormalizedText.PreviousWord(chars, frameEnd, out var secondStart);
        if (second.SequenceEqual("after"))
        {
            return true;
        }

        var first = NormalizedText.PreviousWord(chars, secondStart, out _);
        foreach (var frame in CauseFrames)
        {
            if (second.SequenceEqual(frame.Second) && first.SequenceEqual(frame.First))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"for" right before, with a screening or watching word among the three words before it.</summary>
    private static bool IsScreeningFrame(ReadOnlySpan<char> chars, int frameEnd, int sentenceStart)
    {
        var word = NormalizedText.PreviousWord(chars, frameEnd, out var wordStart);
        if (!word.SequenceEqual("for"))
        {
            return false;
        }

        for (var k = 0; k < WordsBeforeFor && wordStart > sentenceStart; k++)
        {
            word = NormalizedText.PreviousWord(chars, wordStart, out wordStart);
            if (word.IsEmpty)
            {
                return false; // punctuation: another clause
            }

            foreach (var screening in ScreeningWords)
            {
                if (word.SequenceEqual(screening))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The sentence gives the patient's age and sex ("55M", "35F", "24yo", "58 yo", "a 34-year-old"), and "the" or "on" is not right before.</summary>
    private static bool IsCaseSentence(ReadOnlySpan<char> chars, int start, int sentenceStart, int sentenceEnd)
    {
        if (EntityRoles.PreviousWordIs(chars, start, "the") || EntityRoles.PreviousWordIs(chars, start, "on"))
        {
            return false;
        }

        var previous = ReadOnlySpan<char>.Empty;
        var beforePrevious = ReadOnlySpan<char>.Empty;
        var i = sentenceStart;
        while (i < sentenceEnd)
        {
            while (i < sentenceEnd && !NormalizedText.IsWordChar(chars[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < sentenceEnd && NormalizedText.IsWordChar(chars[i]))
            {
                i++;
            }

            var word = chars[wordStart..i];
            if (AmbiguityCandidates.IsAgeSex(word)
                || (word is "yo" && IsAge(previous))
                || (word is "old" && previous is "year" && IsAge(beforePrevious)))
            {
                return true;
            }

            beforePrevious = previous;
            previous = word;
        }

        return false;
    }

    private static bool IsAge(ReadOnlySpan<char> word) => word.Length is >= 1 and <= 3 && !word.ContainsAnyExceptInRange('0', '9');
}
