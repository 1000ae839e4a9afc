namespace Sermo.Analytics.Tagging;

/// <summary>
/// A drug word that also names a lab analyte, followed by a bare number, is the lab value and not the drug: "bicarb 34",
/// "bicarb 9 on the gas", "magnesium 1.4 this morning". Physicians write results as the analyte and its number and doses as
/// a number with its unit ("bicarb 50 mEq", "magnesium 2 g IV"), so a number with a dose unit after it keeps the drug. The
/// guide does not annotate findings named by a number (round 33: a bicarb value is a lab); not_mentions.txt already holds
/// the worded forms ("bicarb was", "magnesium level"), which need no number.
/// </summary>
internal static class LabValueMentions
{
    // Only the analyte's own short names: the full established names ("sodium bicarbonate") are written for the drug.
    // Testosterone is its own analyte (round 44, decision 278): "testosterone 210 twice" is the level, a dose has its unit.
    // "IPI" before a bare number is the lymphoma prognostic index, not ipilimumab (round 44, decision 283: "DLBCL, IPI 3"
    // in ten readable sets); a dose of ipilimumab has its unit ("ipi 3 mg/kg").
    private static readonly string[] AnalyteWords = ["bicarb", "magnesium", "mag", "testosterone", "ipi"];

    private static readonly HashSet<string> DoseUnits = new(StringComparer.Ordinal)
    {
        "mg", "g", "gm", "gram", "grams", "mcg", "meq", "mmol", "ml", "cc", "amp", "amps", "ampule", "ampules", "unit",
        "units", "tab", "tabs", "tablet", "tablets", "bolus", "iv", "po", "x", "daily", "nightly", "bid", "tid", "qd", "qhs", "h", "hr", "hrs", "hour", "hours", "day", "days", "min", "mins",
        "weekly", "biweekly", "monthly", "im", "sc", "subq", "every", "q",
    };

    /// <summary>Drops, in place, drug hits on an analyte word that a bare number follows, or that a checking word precedes (CheckedLabMentions).</summary>
    public static void Drop(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var terms = catalog.Terms;
        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            var hit = entityHits[read];
            var keep = !(catalog.Entities[terms[hit.TermId].Entity].Type.IsDrug()
                && ((IsAnalyteWord(chars[hit.Start..hit.End]) && IsFollowedByBareNumber(chars, hit.End))
                    || CheckedLabMentions.IsCheckedAnalyte(chars, hit.Start, hit.End)));
            if (keep)
            {
                entityHits[write++] = hit;
            }
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    private static bool IsAnalyteWord(ReadOnlySpan<char> surface)
    {
        foreach (var word in AnalyteWords)
        {
            if (surface.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    // " 34", " 1.4", " 9," or " 34." then no dose unit: the next word after the number is not a unit ("34 meq").
    internal static bool IsFollowedByBareNumber(ReadOnlySpan<char> chars, int end)
    {
        var i = end;
        while (i < chars.Length && chars[i] == ' ')
        {
            i++;
        }

        if (i == end || i >= chars.Length || !char.IsAsciiDigit(chars[i]))
        {
            return false;
        }

        while (i < chars.Length && (char.IsAsciiDigit(chars[i]) || (chars[i] == '.' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))))
        {
            i++;
        }

        // A unit written against the number ("2g", "50meq") or after it ("2 g") makes it a dose.
        while (i < chars.Length && chars[i] == ' ')
        {
            i++;
        }

        var unitStart = i;
        while (i < chars.Length && char.IsAsciiLetter(chars[i]))
        {
            i++;
        }

        return !DoseUnits.Contains(chars[unitStart..i].ToString());
    }
}
