namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Finds the hits whose sense a rule decides and describes each for the disambiguation model: the rule's own
/// evidence (capitals, joined token, a measurement after it, a nearby entity, a NegEx trigger, a cue word), the
/// rule's verdict, the term, the two words either side and the entity types of its sentence. (The sentence's other
/// words as a bag scored the same on the held-out contexts and worse in cross-validation: left out.)
/// </summary>
internal static class AmbiguityCandidates
{
    private const int ContextWords = 2;

    /// <summary>Every candidate, in text order, with the index of its hit in <see cref="TermScan.EntityHits"/>.</summary>
    /// <param name="describeIneligible">Also build the features of candidates the hard conditions already drop (for evaluation; the tagger skips them).</param>
    public static List<(int Hit, AmbiguityCandidate Candidate)> Collect(ClinicalTermCatalog catalog, NormalizedText normalized, TermScan scan, bool describeIneligible)
    {
        var candidates = new List<(int, AmbiguityCandidate)>();
        var hits = scan.EntityHits;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var term = catalog.Terms[hit.TermId];
            var definition = catalog.Entities[term.Entity];
            if (!definition.Ambiguous && !term.WordLike)
            {
                continue; // most hits: no feature list to build
            }

            var features = new List<string>();
            bool keeps, eligible;
            if (definition.Ambiguous)
            {
                var evidence = AmbiguousAbbreviations.Evidence(catalog, normalized, i, hits, scan.CueHits, scan.SentenceEnds);
                keeps = evidence.Supported;
                eligible = !evidence.Lowercase && !evidence.Joined && !evidence.Measurement;
                features.Add("kind:abbreviation");
                AddIf(features, evidence.Lowercase, "lowercase");
                AddIf(features, evidence.Joined, "joined");
                AddIf(features, evidence.Measurement, "measurement");
                AddIf(features, evidence.NearbyEntity, "near-entity");
                AddIf(features, evidence.NegExCue, "negex-cue");
                AddIf(features, evidence.CueWord, "cue-word");
            }
            else
            {
                var evidence = LookalikeWords.Evidence(catalog, normalized, hits, i, scan.SentenceEnds);
                keeps = evidence.Kept;
                eligible = !evidence.JoinedCode && evidence.Capitalized;
                features.Add("kind:word-like");
                AddIf(features, evidence.Capitalized, "capitalized");
                AddIf(features, evidence.SentenceInitial, "sentence-initial");
                AddIf(features, evidence.NumberAfter, "number-after");
                AddIf(features, evidence.OtherEntity, "other-entity");
            }

            var description = string.Empty;
            if (eligible || describeIneligible)
            {
                features.Add(keeps ? "rule:keep" : "rule:drop");
                features.Add("term:" + catalog.TermTexts[hit.TermId].Replace(' ', '_'));
                features.Add("type:" + definition.Type.Label());
                AddContext(catalog, normalized.Chars, scan, i, features);
                description = string.Join(' ', features);
            }

            var start = normalized.OriginalStart(hit.Start);
            var end = normalized.OriginalEnd(hit.End);
            candidates.Add((i, new AmbiguityCandidate(normalized.Original[start..end], start, end, definition.Type, definition.CanonicalId, eligible, keeps, description)));
        }

        return candidates;
    }

    private static void AddIf(List<string> features, bool condition, string feature)
    {
        if (condition)
        {
            features.Add(feature);
        }
    }

    /// <summary>Words either side ("l1:hx", "r1:on") and the sentence's other entity types ("sentence:brand").</summary>
    private static void AddContext(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, TermScan scan, int index, List<string> features)
    {
        var hit = scan.EntityHits[index];
        var sentence = TextStructure.SegmentOf(scan.SentenceEnds, hit.Start, 0);
        var sentenceStart = TextStructure.SegmentStart(scan.SentenceEnds, sentence);
        var sentenceEnd = scan.SentenceEnds[sentence];
        var before = new List<string>();
        var after = new List<string>();
        var i = sentenceStart;
        while (i < sentenceEnd)
        {
            if (!NormalizedText.IsWordChar(chars[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < sentenceEnd && NormalizedText.IsWordChar(chars[i]))
            {
                i++;
            }

            var word = Word(chars[wordStart..i]);
            if (i <= hit.Start)
            {
                before.Add(word);
            }
            else if (wordStart >= hit.End)
            {
                after.Add(word);
            }
        }

        for (var k = 1; k <= ContextWords; k++)
        {
            features.Add(k <= before.Count ? $"l{k}:{before[^k]}" : $"l{k}:<start>");
            features.Add(k <= after.Count ? $"r{k}:{after[k - 1]}" : $"r{k}:<end>");
        }

        foreach (var other in scan.EntityHits)
        {
            var definition = catalog.Entities[catalog.Terms[other.TermId].Entity];
            if (other.Start >= sentenceStart && other.End <= sentenceEnd && other.Start != hit.Start && !definition.Ambiguous)
            {
                features.Add("sentence:" + definition.Type.Label());
            }
        }
    }

    /// <summary>
    /// Numbers fold to "#" so "82" and "140" are one feature; a patient's age and sex ("74F", "38m", "24yo") fold to
    /// "<agesex>", the way physicians open a case, so the model learns the case opener once instead of one age at a time.
    /// </summary>
    private static string Word(ReadOnlySpan<char> word)
    {
        if (IsAgeSex(word))
        {
            return "<agesex>";
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return word.ToString();
            }
        }

        return "#";
    }

    /// <summary>One to three digits then "m", "f", "yo", "yom" or "yof" (the text is already lower case).</summary>
    internal static bool IsAgeSex(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits is >= 1 and <= 3 && word[digits..] is "m" or "f" or "yo" or "yom" or "yof";
    }
}
