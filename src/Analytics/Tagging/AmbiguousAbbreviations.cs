namespace Sermo.Analytics.Tagging;

/// <summary>
/// Rule for ambiguous abbreviations of diseases (MS, RA, MI, PE, AS, CA...) and drug classes (MRA, BB, IO): one
/// counts only when written in capitals, not hyphenated into a longer token ("PD-L1") nor followed by a number
/// ("SBP 82", "MR 2+"), AND backed by clinical context: another unambiguous entity or a NegEx trigger in the same
/// sentence, or a cue word among the three words before it ("hx of MS", "s/p MI"; for a class, a treatment verb:
/// "drop the MRA", "started a BB").
/// </summary>
internal static class AmbiguousAbbreviations
{
    private const int AbbreviationContextWords = 3;
    private const int NearbyEntityWords = 10;
    private const CueFlags PreCueFlags = CueFlags.NegationPre | CueFlags.UncertainPre | CueFlags.FamilyPre | CueFlags.HypotheticalPre;
    private const CueFlags PostCueFlags = CueFlags.NegationPost | CueFlags.UncertainPost;

    private static readonly HashSet<string> AbbreviationCueWords = new(StringComparer.Ordinal)
    {
        "hx", "dx", "diagnosed", "diagnosis", "history", "known", "severe", "mild", "moderate",
        "acute", "chronic", "suspected", "pt", "patient", "patients", "treat", "treating", "treated", "managing",
        "worsening", "relapsing", "massive", "submassive", "saddle", "bilateral", "inferior", "anterior", "lateral",
    };

    private static readonly HashSet<string> TreatmentCueWords = new(StringComparer.Ordinal)
    {
        "start", "started", "starting", "add", "added", "adding", "on", "off", "stop", "stopped", "stopping", "drop", "dropped",
        "hold", "held", "holding", "continue", "continued", "restart", "restarted", "titrate", "titrated", "switch", "switched",
        "increase", "increased", "max", "maxed", "dose",
    };

    private static readonly HashSet<string> TimeUnitWords = new(StringComparer.Ordinal)
    {
        "year", "years", "yr", "yrs", "y", "month", "months", "mo", "mos", "week", "weeks", "wk", "wks", "day", "days", "d",
        "hour", "hours", "hr", "hrs", "h", "ago",
    };

    private static readonly HashSet<string> ComparisonWordSet = new(StringComparer.Ordinal)
    {
        "under", "over", "below", "above", "less", "greater", "than", "goal", "target", "max", "min",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparisonWords = ComparisonWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeUnits = TimeUnitWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationCues =
        AbbreviationCueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TreatmentCues =
        TreatmentCueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void DropUnsupported(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            var hit = entityHits[read];
            if (!catalog.Entities[catalog.Terms[hit.TermId].Entity].Ambiguous
                || IsSupported(catalog, normalized, read, entityHits, cueHits, sentenceEnds))
            {
                entityHits[write++] = hit;
            }
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    /// <summary>The rule's verdict: capitals, a standalone token, no measurement, and clinical support.</summary>
    public static bool IsSupported(ClinicalTermCatalog catalog, NormalizedText text, int index, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds) =>
        Evidence(catalog, text, index, entityHits, cueHits, sentenceEnds).Supported;

    /// <summary>Everything the rule looks at for one ambiguous hit (also the disambiguation model's features).</summary>
    public static AbbreviationEvidence Evidence(ClinicalTermCatalog catalog, NormalizedText text, int index, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var terms = catalog.Terms;
        var hit = entityHits[index];
        var chars = text.Chars;
        var original = text.Original;
        var originalStart = text.OriginalStart(hit.Start);
        var originalEnd = text.OriginalEnd(hit.End);
        var evidence = default(AbbreviationEvidence);
        foreach (var c in original.AsSpan(originalStart, originalEnd - originalStart))
        {
            evidence.Lowercase |= char.IsLetter(c) && !char.IsUpper(c);
        }

        // Joined into a longer token ("PD-L1", "AF_INET", "PE/COFF") it is part of another name; "PE/DVT" still
        // counts because the other side is itself a clinical term. Followed by a number it is a measurement or a
        // score ("SBP 82", "MR 2+", "IPI 4").
        evidence.Joined = IsJoined(original, originalStart - 1, -1, entityHits, index - 1, hit.Start - 1, isBefore: true)
            || IsJoined(original, originalEnd, 1, entityHits, index + 1, hit.End + 1, isBefore: false);
        evidence.Measurement = IsMeasurement(chars, hit.End);
        var sentence = sentenceEnds.BinarySearch(hit.Start + 1);
        sentence = sentence >= 0 ? sentence : ~sentence;
        var sentenceStart = TextStructure.SegmentStart(sentenceEnds, sentence);
        var sentenceEnd = sentenceEnds[sentence];
        evidence.NearbyEntity = HasNearbyEntity(catalog, chars, index, entityHits, sentenceStart, sentenceEnd);
        evidence.NegExCue = HasNearbyNegExCue(terms, chars, hit, cueHits, sentenceStart, sentenceEnd);
        evidence.CueWord = HasCueWordBefore(chars, hit, sentenceStart, catalog.Entities[terms[hit.TermId].Entity].Type.IsDrug());
        return evidence;
    }

    private static bool HasNearbyEntity(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, int index, List<PhraseHit> entityHits, int sentenceStart, int sentenceEnd)
    {
        var terms = catalog.Terms;
        var hit = entityHits[index];
        for (var i = index - 1; i >= 0 && entityHits[i].Start >= sentenceStart; i--)
        {
            if (TextStructure.WordsBetween(chars, entityHits[i].End, hit.Start) > NearbyEntityWords)
            {
                break;
            }

            if (!catalog.Entities[terms[entityHits[i].TermId].Entity].Ambiguous)
            {
                return true;
            }
        }

        for (var i = index + 1; i < entityHits.Count && entityHits[i].End <= sentenceEnd; i++)
        {
            if (TextStructure.WordsBetween(chars, hit.End, entityHits[i].Start) > NearbyEntityWords)
            {
                break;
            }

            if (!catalog.Entities[terms[entityHits[i].TermId].Entity].Ambiguous)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A NegEx trigger right around it: "ruled out PE", "PE was ruled out", "possible MI".</summary>
    private static bool HasNearbyNegExCue(TermInfo[] terms, ReadOnlySpan<char> chars, PhraseHit hit, List<PhraseHit> cueHits, int sentenceStart, int sentenceEnd)
    {
        var cue = cueHits.BinarySearch(new PhraseHit(sentenceStart, sentenceStart, -1), PhraseHitStartComparer.Instance);
        for (cue = cue >= 0 ? cue : ~cue; cue < cueHits.Count && cueHits[cue].End <= sentenceEnd; cue++)
        {
            var flags = terms[cueHits[cue].TermId].Cues;
            var before = cueHits[cue].End <= hit.Start && (flags & PreCueFlags) != 0
                && TextStructure.WordsBetween(chars, cueHits[cue].End, hit.Start) <= AbbreviationContextWords;
            var after = cueHits[cue].Start >= hit.End && (flags & PostCueFlags) != 0
                && TextStructure.WordsBetween(chars, hit.End, cueHits[cue].Start) <= AbbreviationContextWords;
            if (before || after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue word among the three words before: "hx of MS", "s/p MI"; for a drug class a treatment verb ("drop the MRA").</summary>
    private static bool HasCueWordBefore(ReadOnlySpan<char> chars, PhraseHit hit, int sentenceStart, bool isDrug)
    {
        var words = 0;
        var end = hit.Start;
        for (var i = hit.Start - 1; i >= sentenceStart && words < AbbreviationContextWords; i--)
        {
            if (!NormalizedText.IsWordChar(chars[i]))
            {
                end = i;
                continue;
            }

            if (i == 0 || !NormalizedText.IsWordChar(chars[i - 1]))
            {
                words++;
                var word = chars[i..end];
                if (isDrug ? TreatmentCues.Contains(word) : AbbreviationCues.Contains(word) || IsSlashCue(chars, i, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A number right after the abbreviation, or after a comparison word ("SBP under 140", "SBP goal 130": a target
    /// set on a measurement), not a time span: "SBP 82", "MR 2+", but not "PE 4 months ago". "At" and "of" are not
    /// comparison words: "MI at 42" and "PE at 50" give an age.
    /// </summary>
    private static bool IsMeasurement(ReadOnlySpan<char> chars, int end)
    {
        end = AfterComparisonWords(chars, end);
        if (!TextStructure.FollowedByNumber(chars, end))
        {
            return false;
        }

        var i = end;
        while (i < chars.Length && !char.IsAsciiDigit(chars[i]))
        {
            i++;
        }

        while (i < chars.Length && (char.IsAsciiDigit(chars[i]) || chars[i] == '.'))
        {
            i++;
        }

        while (i < chars.Length && chars[i] == ' ')
        {
            i++;
        }

        var unitStart = i;
        while (i < chars.Length && NormalizedText.IsWordChar(chars[i]))
        {
            i++;
        }

        return !TimeUnits.Contains(chars[unitStart..i]);
    }

    /// <summary>The end of up to two comparison words right after <paramref name="end"/> ("under", "less than"), else <paramref name="end"/>.</summary>
    private static int AfterComparisonWords(ReadOnlySpan<char> chars, int end)
    {
        var after = end;
        for (var words = 0; words < 2; words++)
        {
            var start = after;
            while (start < chars.Length && chars[start] == ' ')
            {
                start++;
            }

            var stop = start;
            while (stop < chars.Length && char.IsAsciiLetter(chars[stop]))
            {
                stop++;
            }

            if (stop == start || !ComparisonWords.Contains(chars[start..stop]))
            {
                break;
            }

            after = stop;
        }

        return after;
    }

    /// <summary>"s/p MI", "h/o MS", "r/o PE": normalized to "s p", "h o", "r o".</summary>
    private static bool IsSlashCue(ReadOnlySpan<char> chars, int wordStart, ReadOnlySpan<char> word) =>
        word.Length == 1 && wordStart >= 2 && chars[wordStart - 1] == ' ' && (wordStart == 2 || !NormalizedText.IsWordChar(chars[wordStart - 3]))
        && (chars[wordStart - 2], word[0]) is ('s', 'p') or ('h', 'o') or ('r', 'o');

    private static bool IsJoined(string original, int joinerAt, int direction, List<PhraseHit> entityHits, int neighbour, int neighbourEdge, bool isBefore)
    {
        var beyond = joinerAt + direction;
        if (joinerAt < 0 || joinerAt >= original.Length || beyond < 0 || beyond >= original.Length
            || original[joinerAt] is not ('-' or '_' or '/') || !char.IsLetterOrDigit(original[beyond]))
        {
            return false;
        }

        if (original[joinerAt] != '/' || neighbour < 0 || neighbour >= entityHits.Count)
        {
            return true;
        }

        // Across a slash, the token on the other side must itself be a tagged term.
        var other = entityHits[neighbour];
        return isBefore ? other.End != neighbourEdge : other.Start != neighbourEdge;
    }
}
