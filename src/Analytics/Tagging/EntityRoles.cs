namespace Sermo.Analytics.Tagging;

/// <summary>What an entity does in its sentence beyond being mentioned.</summary>
internal enum EntityRole : byte
{
    Mentioned,
    /// <summary>The drug a patient was moved to ("from Xarelto to Eliquis after a bleed"): the bleed is not its fault.</summary>
    SwitchTarget,
    /// <summary>A drug given for a finding named before it ("colitis needed infliximab").</summary>
    Treatment,
    /// <summary>A finding a drug is given for ("Zofran for nausea", "VTE prophylaxis"): an indication, not an adverse event.</summary>
    Indication,
}

/// <summary>
/// Word-pattern rules that keep indications and treatments out of adverse-event pairs and out of a drug's
/// sentiment. They read the few words between two entities of one sentence, never the whole post.
/// </summary>
internal static class EntityRoles
{
    private const int MaxGapWords = 6;
    private static readonly string[] IndicationWords = ["for", "prevent", "prevention", "treat", "treating", "prophylaxis", "prophylactic"];
    private static readonly string[] TreatmentWords = ["needed", "needing", "required", "requiring", "treated", "managed", "reversed", "switched", "given", "responded"];

    public static EntityRole[] Assign(ReadOnlySpan<char> text, List<PhraseHit> hits, Func<PhraseHit, EntityType> typeOf, List<int> sentenceEnds)
    {
        var roles = new EntityRole[hits.Count];
        var sentence = 0;
        var first = 0;
        for (var e = 0; e < hits.Count; e++)
        {
            var previousSentence = sentence;
            sentence = TextStructure.SegmentOf(sentenceEnds, hits[e].Start, sentence);
            if (sentence != previousSentence)
            {
                first = e;
            }

            var type = typeOf(hits[e]);
            if (type.IsDrug())
            {
                if (PreviousWordIs(text, hits[e].Start, "to") && SwitchedFromEarlierDrug(text, hits, first, e, typeOf))
                {
                    roles[e] = EntityRole.SwitchTarget;
                }
                else if (TreatsEarlierFinding(text, hits, first, e, typeOf))
                {
                    roles[e] = EntityRole.Treatment;
                }
            }
            else if (type == EntityType.AdverseEvent)
            {
                var followedByProphylaxis = NextWordIs(text, hits[e].End, "prophylaxis");
                var afterIndicationWord = false;
                for (var d = e - 1; d >= first; d--)
                {
                    if (typeOf(hits[d]).IsDrug() || typeOf(hits[d]) == EntityType.Device)
                    {
                        afterIndicationWord = Between(text, hits[d].End, hits[e].Start, IndicationWords);
                        break;
                    }
                }

                if (followedByProphylaxis || afterIndicationWord)
                {
                    roles[e] = EntityRole.Indication;
                }
            }
        }

        return roles;
    }

    private static bool SwitchedFromEarlierDrug(ReadOnlySpan<char> text, List<PhraseHit> hits, int first, int e, Func<PhraseHit, EntityType> typeOf)
    {
        for (var d = first; d < e; d++)
        {
            if (typeOf(hits[d]).IsDrug() && PreviousWordIs(text, hits[d].Start, "from"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TreatsEarlierFinding(ReadOnlySpan<char> text, List<PhraseHit> hits, int first, int e, Func<PhraseHit, EntityType> typeOf)
    {
        for (var a = first; a < e; a++)
        {
            if (typeOf(hits[a]) == EntityType.AdverseEvent && Between(text, hits[a].End, hits[e].Start, TreatmentWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of <paramref name="words"/> occurs among at most <see cref="MaxGapWords"/> words in [start, end).</summary>
    internal static bool Between(ReadOnlySpan<char> text, int start, int end, string[] words) =>
        end > start && TextStructure.WordsBetween(text, start, end) <= MaxGapWords && ContainsWord(text, start, end, words);

    /// <summary>One of <paramref name="words"/> is a whole word of [start, end), however far apart start and end are.</summary>
    internal static bool ContainsWord(ReadOnlySpan<char> text, int start, int end, string[] words)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && !NormalizedText.IsWordChar(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && NormalizedText.IsWordChar(text[i]))
            {
                i++;
            }

            var word = text[wordStart..i];
            foreach (var candidate in words)
            {
                if (word.SequenceEqual(candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The word before <paramref name="position"/>, past any punctuation, is <paramref name="word"/>.</summary>
    internal static bool PreviousWordIs(ReadOnlySpan<char> text, int position, string word)
    {
        var end = position;
        while (end > 0 && !NormalizedText.IsWordChar(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && NormalizedText.IsWordChar(text[start - 1]))
        {
            start--;
        }

        return text[start..end].SequenceEqual(word);
    }

    private static bool NextWordIs(ReadOnlySpan<char> text, int position, string word)
    {
        var start = position;
        while (start < text.Length && !NormalizedText.IsWordChar(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && NormalizedText.IsWordChar(text[end]))
        {
            end++;
        }

        return text[start..end].SequenceEqual(word);
    }
}
