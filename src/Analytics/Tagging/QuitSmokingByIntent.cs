namespace Sermo.Analytics.Tagging;

/// <summary>
/// "Quit smoking" of a patient who has quit ("quit smoking in 2019", "has quit smoking", "she quit smoking ten years
/// ago") is one span, history of nicotine dependence Z87.891 (the lexicon's row; the guide's "Labels settled in round
/// 53", decisions 381 and 382). Said of a quitting still to come or not done ("needs to quit smoking", "wants to",
/// "trying to", "help him quit smoking", "never quit smoking", "hasn't quit smoking") the patient still smokes, so the
/// span shrinks to "smoking", nicotine dependence F17.210. "Able to" and "managed to" quit tell a quitting done.
/// "Stopped smoking" is read the same way (the guide's "Labels settled in round 54", decision 388): "stopped smoking in
/// 2015" is the history, "never stopped smoking" or "has not stopped smoking" the dependence still there.
/// </summary>
internal static class QuitSmokingByIntent
{
    // The words within three before "quit" that make the quitting asked, wanted, tried, advised or denied.
    private static readonly HashSet<string> IntentWords = new(StringComparer.Ordinal)
    {
        "to", "help", "helps", "helped", "helping", "should", "must", "will", "would", "can", "could", "cannot", "not",
        "never", "t", "unable", "ready", "advised", "encouraged", "urged", "told", "let", "make", "try", "trying",
    };

    // "was able to quit smoking", "finally managed to quit smoking": the "to" of a quitting that happened.
    private static readonly HashSet<string> DoneBeforeTo = new(StringComparer.Ordinal) { "able", "managed", "finally" };

    private const int WordsLookedAt = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Intent = IntentWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Done = DoneBeforeTo.GetAlternateLookup<ReadOnlySpan<char>>();

    // The stopping verbs whose phrase with "smoking" is one history span; the verb is dropped when the stopping is not done.
    private static readonly string[] StopVerbs = ["quit", "stopped"];

    /// <summary>Shrinks, in place, each "quit smoking" or "stopped smoking" hit of a stopping not done to its "smoking" (F17.210).</summary>
    public static void Apply(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var smoking = catalog.TermIdOf("smoking");
        if (smoking < 0)
        {
            return;
        }

        foreach (var verb in StopVerbs)
        {
            var stoppedSmoking = catalog.TermIdOf(verb + " smoking");
            for (var e = 0; stoppedSmoking >= 0 && e < entityHits.Count; e++)
            {
                var hit = entityHits[e];
                if (hit.TermId != stoppedSmoking || !IsNotDone(chars, hit.Start))
                {
                    continue;
                }

                var wordStart = NormalizedText.SkipSpaces(chars, hit.Start + verb.Length);
                entityHits[e] = new PhraseHit(wordStart, hit.End, smoking);
            }
        }
    }

    // Reads back up to three words from the verb, stopping at punctuation (an empty word).
    private static bool IsNotDone(ReadOnlySpan<char> chars, int verbStart)
    {
        var position = verbStart;
        for (var w = 0; w < WordsLookedAt; w++)
        {
            var word = NormalizedText.PreviousWord(chars, position, out var wordStart);
            if (word.IsEmpty)
            {
                return false;
            }

            if (Intent.Contains(word))
            {
                return !(word.SequenceEqual("to") && Done.Contains(NormalizedText.PreviousWord(chars, wordStart, out _)));
            }

            position = wordStart;
        }

        return false;
    }
}
