namespace Sermo.Analytics.Tagging;

/// <summary>
/// A device's head noun said again after the post named the device is that device: "Inspire ... six weeks after the
/// implant", "a kinked Foley ... fixed the catheter", "an IVC filter ... we pulled the filter", "intrathecal baclofen pump
/// ... refilled the pump", "an AFO ... walked faster than with the brace". Physicians name a device once and then call it by
/// its kind, and the gold guide annotates the back-reference as the device (rounds 28 and 35). The head noun must be a word
/// of the named device's own lexicon terms or name (Inspire lists "inspire implant", a port "port catheter", an AFO "afo
/// brace"), so a bare "catheter" after a Watchman or a "pump" after a CPAP stays unread; the nearest such device before it
/// in the post wins. Only these nouns: "stent" alone is the procedure (round 21) and "device" names no kind.
/// </summary>
internal sealed class DeviceBackReferences
{
    private static readonly string[] HeadNouns =
        ["implant", "implants", "catheter", "catheters", "filter", "pump", "brace", "stimulator", "port", "prosthesis"];

    // For each device entity, the head nouns its terms or name hold.
    private readonly Dictionary<int, HashSet<string>> _headNounsOf = [];

    public DeviceBackReferences(ClinicalTermCatalog catalog)
    {
        var terms = catalog.Terms;
        for (var id = 0; id < terms.Length && id < catalog.TermTexts.Count; id++)
        {
            var entity = terms[id].Entity;
            if (entity < 0 || catalog.Entities[entity].Type != EntityType.Device)
            {
                continue;
            }

            AddHeadNouns(entity, catalog.TermTexts[id]);
            AddHeadNouns(entity, catalog.Entities[entity].CanonicalName.ToLowerInvariant());
        }
    }

    /// <summary>Adds a hit for every head noun that refers back to a device named earlier in the post; keeps the list sorted.</summary>
    public void Add(ReadOnlySpan<char> chars, List<PhraseHit> entityHits, TermInfo[] terms)
    {
        if (_headNounsOf.Count == 0 || !entityHits.Exists(h => _headNounsOf.ContainsKey(terms[h.TermId].Entity)))
        {
            return;
        }

        var added = new List<PhraseHit>();
        var wordStart = -1;
        for (var i = 0; i <= chars.Length; i++)
        {
            var letter = i < chars.Length && char.IsLetter(chars[i]);
            if (letter && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!letter && wordStart >= 0)
            {
                var word = chars[wordStart..i];
                if (IsHeadNoun(word) && Antecedent(word.ToString(), wordStart, i, entityHits, terms) is { } antecedent)
                {
                    added.Add(new PhraseHit(wordStart, i, antecedent.TermId));
                }

                wordStart = -1;
            }
        }

        if (added.Count > 0)
        {
            entityHits.AddRange(added);
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool IsHeadNoun(ReadOnlySpan<char> word)
    {
        foreach (var noun in HeadNouns)
        {
            if (word.SequenceEqual(noun))
            {
                return true;
            }
        }

        return false;
    }

    // The nearest device hit before the word whose terms hold it, unless the word is already inside an entity hit.
    private PhraseHit? Antecedent(string word, int start, int end, List<PhraseHit> entityHits, TermInfo[] terms)
    {
        PhraseHit? nearest = null;
        foreach (var hit in entityHits)
        {
            if (hit.Start < end && start < hit.End)
            {
                return null;
            }

            if (hit.End <= start && _headNounsOf.TryGetValue(terms[hit.TermId].Entity, out var nouns) && nouns.Contains(word))
            {
                nearest = hit;
            }
        }

        return nearest;
    }

    private void AddHeadNouns(int entity, string text)
    {
        foreach (var word in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(HeadNouns, word) < 0)
            {
                continue;
            }

            if (!_headNounsOf.TryGetValue(entity, out var nouns))
            {
                _headNounsOf[entity] = nouns = new HashSet<string>(StringComparer.Ordinal);
            }

            nouns.Add(word);
            // A plural back-reference ("the implants") refers to the same kind.
            nouns.Add(word.EndsWith('s') ? word[..^1] : word + "s");
        }
    }
}
