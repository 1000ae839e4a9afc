namespace Sermo.Analytics.Tagging;

/// <summary>The forms the catalog derives from a row's own spelling: class plurals, exact spellings, surface forms and fuzzy candidates.</summary>
internal sealed partial class ClinicalTermCatalog
{
    /// <summary>The shortest disease word looked up by <see cref="FuzzyTermIndex"/>: shorter ones are mostly one swap from a word.</summary>
    private const int MinMisspeltDiseaseLength = 8;

    /// <summary>
    /// Class names are written in the plural as often as not ("statins", "SGLT2is", "beta blockers", "PPIs"). A name that
    /// starts with "the" is an idiom for one class ("the pill"); its plural is any pills ("crushing the pills", round 23).
    /// </summary>
    private static IEnumerable<string> WithPlurals(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            yield return name;
            if (!name.EndsWith('s') && !name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                yield return name + "s";
            }
        }
    }

    /// <summary>
    /// Written in mixed case with a capital inside the word ("PrEP"), or as an acronym in capitals ("TACO"), while its
    /// lower-case form is an ordinary word (common_words.txt; "PrEPs" too): only that spelling names the entity, so the
    /// bowel prep and the food stay words. Mixed-case brands that are no ordinary word ("EpiPen") still match in any case.
    /// </summary>
    private bool IsExactSpelling(string variant, string normalized)
    {
        if (!_commonWords.Contains(normalized) && !(normalized.EndsWith('s') && _commonWords.Contains(normalized[..^1])))
        {
            return false;
        }

        if (variant.Length >= 2 && variant.All(char.IsUpper))
        {
            return true;
        }

        for (var i = 1; i < variant.Length; i++)
        {
            if (char.IsUpper(variant[i]) && char.IsLower(variant[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Registers the forms <see cref="SurfaceForms"/> derived, after every row: a row's own spelling always wins, and a
    /// form two rows derive stays with the first registered, as a term shared by two rows does.
    /// </summary>
    private void AddSurfaceForms()
    {
        foreach (var (entity, form, exactSpelling) in _surfaceForms)
        {
            if (_ids.TryGetValue(form, out var id) && _infos[id].Entity >= 0)
            {
                continue;
            }

            ref var info = ref InfoFor(form);
            info.Entity = entity;
            info.ExactSpelling = exactSpelling;
        }
    }

    /// <summary>
    /// A disease word is misspelt by swapping two letters or dropping one ("pnuemonia", "diarrea"; decision 272), never by
    /// a changed or an added letter: those make ordinary words of disease words ("carries" of caries, "resection" of
    /// rejection, "grades" of Graves), 88 false positives on the readable gold for 4 fixes. Short words are left out.
    /// </summary>
    private void AddFuzzyCandidate(string normalized, int termId, EntityType type)
    {
        if (type == EntityType.Disease)
        {
            if (normalized.Length < MinMisspeltDiseaseLength)
            {
                return;
            }

            _swapOrDropOnly.Add(termId);
        }

        _fuzzyCandidates.Add((normalized, termId));
    }
}
