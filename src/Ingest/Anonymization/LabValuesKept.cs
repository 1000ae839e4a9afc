namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A lab written as its abbreviation and its value ("Mg 1.1", "Hgb 6.4", "K: 2.9", "Cr of 3.9") is a result, never a person or
/// a town: a name or town read lying wholly on such an abbreviation is dropped (round 18, decision 137), and an age read on its
/// value (round 21). Physicians write labs
/// this way in nearly every case post, often in a name slot ("and Hgb 6.4 came back"), where the learned detector took them.
/// Checked after every finder, as <see cref="ClinicalWordsKept"/> is, so the detector's training candidates do not change.
/// </summary>
internal static class LabValuesKept
{
    private const int MaxAbbreviationLength = 10;

    // Case matters: "Hgb 6.4" is a lab, "HGB" in a record number is not read here, and lower-case forms are never names.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = new HashSet<string>(
        ["Hgb", "Hb", "Hct", "Plt", "Plts", "WBC", "Mg", "Na", "K", "Cl", "Ca", "Cr", "Creat", "Phos", "BUN", "Alb", "AST", "ALT",
         "ALP", "Bili", "Tbili", "INR", "PTT", "BNP", "Trop", "Lactate", "Lac", "Lipase", "TSH", "CRP", "ESR", "PSA", "A1c", "LDL",
         "HDL", "HCO3", "Bicarb", "CK", "CPK", "Ferritin", "Glucose", "Gluc", "Osm", "Procal", "pCO2", "pO2", "eGFR", "GFR",
         "Retic", "Fibrinogen", "Ammonia", "Sodium", "Potassium", "Creatinine", "Magnesium", "Calcium", "Troponin", "Hemoglobin",
         "Platelets", "Lytes"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Keep(TokenIndex index, List<Detection> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var tokens = index.Tokens;
        var text = index.Text;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length <= MaxAbbreviationLength && ValueFollows(text, token.End) && Abbreviations.Contains(FoundTokens.Word(index, i)))
            {
                ClinicalWordsKept.Drop(candidates, token.Start, token.End);

                // "Na 118" read as a name and an age after it (round 21, decision 150): the value is the lab's, never an age.
                candidates.RemoveAll(d => d.Type == PhiType.Age && d.Start >= token.End && d.Start <= token.End + 4);
            }
        }
    }

    /// <summary>A number right after the abbreviation: "6.4", ": 2.9", "= 128", " of 3.9".</summary>
    private static bool ValueFollows(string text, int at)
    {
        var rest = text.AsSpan(at);
        if (rest.StartsWith(" of ", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }
        else
        {
            var skipped = 0;
            while (skipped < rest.Length && skipped < 3 && rest[skipped] is ' ' or ':' or '=')
            {
                skipped++;
            }

            if (skipped == 0)
            {
                return false;
            }

            rest = rest[skipped..];
        }

        return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
    }
}
