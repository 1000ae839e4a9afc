namespace Sermo.Analytics.Tagging;

internal readonly record struct EntityContext(bool Negated, bool Uncertain, bool FamilyHistory, bool Hypothetical);

/// <summary>
/// NegEx/ConText rules, chosen to keep findings honest without erasing drugs:
/// <list type="bullet">
/// <item>Findings (diseases, adverse events): a pre-trigger ("no", "denies", "ruled out", "negative for",
/// "possible", "concern for", "family history of", "mother had") reaches forward to the end of the sentence or the
/// next terminator ("but", "however", "although"...); commas do not end it, so "no bleeding, bruising or rash"
/// negates all three. A post-trigger ("was ruled out", "unlikely", "prophylaxis") reaches back at most five
/// words and never across a comma; a trailing "?" reaches only the word before it.</item>
/// <item>Family history marks the finding Uncertain (it is not the patient's) and sets FamilyHistory; it never
/// marks it Negated. A hypothetical trigger ("if", "in case of", "in the event of") likewise marks the finding
/// Uncertain and sets Hypothetical: "if she bleeds on Eliquis" reports no bleed.</item>
/// <item>Drugs and devices are negated only by a drug trigger ("not on", "never started", "declined") within three
/// words, or a negation trigger right before them ("no Eliquis"): "no bleeding on Eliquis" negates the bleeding,
/// not the Eliquis.</item>
/// </list>
/// </summary>
internal static class ContextRules
{
    private const int PostTriggerWindowWords = 5;
    private const int DrugTriggerWindowWords = 3;

    private const CueFlags PreFlags = CueFlags.NegationPre | CueFlags.UncertainPre | CueFlags.FamilyPre | CueFlags.HypotheticalPre;
    private const CueFlags PostFlags = CueFlags.NegationPost | CueFlags.UncertainPost;

    /// <param name="cueHits">Leftmost-longest context cues, sorted by start.</param>
    /// <param name="firstCue">Index of the first cue that may lie in the sentence (advanced by the caller).</param>
    public static EntityContext Evaluate(
        ReadOnlySpan<char> text, PhraseHit entity, EntityType type, int sentenceStart, int sentenceEnd,
        List<PhraseHit> cueHits, int firstCue, TermInfo[] terms)
    {
        var isFinding = type is EntityType.Disease or EntityType.AdverseEvent;
        var pre = CueFlags.None;
        var drugNegated = false;
        for (var i = firstCue; i < cueHits.Count && cueHits[i].Start < entity.Start; i++)
        {
            var cue = cueHits[i];
            if (cue.Start < sentenceStart || cue.End > entity.Start)
            {
                continue;
            }

            var flags = terms[cue.TermId].Cues;
            if ((flags & CueFlags.Terminator) != 0)
            {
                pre = CueFlags.None;
                drugNegated = false;
                continue;
            }

            if ((flags & CueFlags.Pseudo) != 0)
            {
                continue;
            }

            pre |= flags & PreFlags;
            var gap = TextStructure.WordsBetween(text, cue.End, entity.Start);
            drugNegated = ((flags & CueFlags.DrugNegationPre) != 0 && gap <= DrugTriggerWindowWords)
                || ((flags & CueFlags.NegationPre) != 0 && gap == 0);
        }

        if (!isFinding)
        {
            return new EntityContext(drugNegated, false, false, false);
        }

        var post = CueFlags.None;
        for (var i = firstCue; i < cueHits.Count && cueHits[i].Start < sentenceEnd; i++)
        {
            var cue = cueHits[i];
            if (cue.Start < entity.End)
            {
                continue;
            }

            // A punctuation trigger ("PE?") only reaches the word right before it.
            var window = NormalizedText.IsWordChar(text[cue.Start]) ? PostTriggerWindowWords : 0;
            var flags = terms[cue.TermId].Cues;
            if ((flags & CueFlags.Terminator) != 0
                || TextStructure.WordsBetween(text, entity.End, cue.Start) > window
                || TextStructure.ContainsClauseBreak(text, entity.End, cue.Start))
            {
                break;
            }

            if ((flags & CueFlags.Pseudo) == 0)
            {
                post |= flags & PostFlags;
            }
        }

        var all = pre | post;
        var family = (all & CueFlags.FamilyPre) != 0;
        var hypothetical = (all & CueFlags.HypotheticalPre) != 0;
        return new EntityContext(
            Negated: (all & (CueFlags.NegationPre | CueFlags.NegationPost)) != 0 || NegatedWordForms.Holds(text, entity),
            Uncertain: family || hypothetical || (all & (CueFlags.UncertainPre | CueFlags.UncertainPost)) != 0,
            FamilyHistory: family,
            Hypothetical: hypothetical);
    }
}
