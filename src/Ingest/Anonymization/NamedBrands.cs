namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Drug brands that are also given names ("Heather", "Camila", "Errin" and "Jolivette" are norethindrone; "Allegra" is
/// fexofenadine), kept as drugs when their sentence treats them as one (round 12, decision 091): "on Jolivette", "Nikki (the
/// pill)", "wants Nikki refilled", "Jolivette pens", "Camila prior auth", "Allegra is not an antibiotic". clinical-terms.txt
/// cannot list them, since every "Heather" would then stay; without a drug word in the sentence the finders' reading stands
/// ("Heather came in with pneumonia" stays a name). Runs last: it removes the name or town read of such a word.
/// </summary>
internal static class NamedBrands
{
    private const int Window = 6;

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Brands = new HashSet<string>(
        ["Heather", "Camila", "Errin", "Nora", "Jolivette", "Nikki", "Allegra", "Aubra", "Lyza", "Tarina", "Larin", "Vienva", "Marlissa", "Jolessa",
         "Amethia", "Daysee", "Tilia", "Hailey", "Juleber", "Kalliga", "Isibloom", "Kelnor", "Zovia", "Philith", "Wera", "Lillow", "Sharobel",
         "Deblitane", "Incassia", "Tulana", "Alyacen", "Kurvelo", "Levora", "Portia", "Caziant", "Cyclafem", "Emoquette", "Enskyce", "Kariva",
         "Lutera", "Orsythia", "Sronyx", "Trivora", "Velivet", "Viorele", "Azurette", "Yasmin", "Ella", "Amethyst"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DrugWords = new HashSet<string>(
        ["pill", "pills", "tab", "tabs", "tablet", "tablets", "pen", "pens", "refill", "refills", "refilled", "generic", "generics", "brand", "brands",
         "mg", "mcg", "prior", "auth", "rx", "pharmacy", "pharmacist", "antibiotic", "antihistamine", "ocp", "ocps", "dose", "dosing", "contraceptive",
         "contraception", "progestin", "norethindrone", "levonorgestrel", "norgestimate", "ethinyl", "estradiol", "fexofenadine", "minipill",
         "prescribed", "prescription", "formulary", "copay", "sample", "samples", "fe", "prescribing", "prescribe"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Keep(TokenIndex index, List<Detection> candidates)
    {
        if ((index.AnyCues & WordCue.DrugBrand) == 0 || candidates.Count == 0)
        {
            return; // no word of the brand list's shape, or nothing found to take back
        }

        var tokens = index.Tokens;
        List<int>? kept = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length < 4 || !char.IsAsciiLetterUpper(index.Text[tokens[i].Start]) || (index.Cues[i] & WordCue.DrugBrand) == 0 || !Brands.Contains(FoundTokens.Word(index, i)) || !DrugSentence(index, i))
            {
                continue;
            }

            var (start, end) = (tokens[i].Start, tokens[i].End);
            candidates.RemoveAll(d => d.Type is PhiType.Name or PhiType.City && d.Start >= start && d.End <= tokens[i].PossessiveEnd);
            (kept ??= []).Add(i);
        }

        if (kept is { Count: > 1 })
        {
            // Round 51 (decision 352): one read over two kept brands of a list ("Allegra, Ella") is dropped too, as neither word is a name.
            candidates.RemoveAll(d => d.Type is PhiType.Name or PhiType.City && OnlyKeptBrands(index, kept, d));
        }
    }

    // Every word the read covers is a kept brand (the list's commas and joining gaps between them are no words).
    private static bool OnlyKeptBrands(TokenIndex index, List<int> kept, Detection read)
    {
        var covered = 0;
        for (var k = 0; k < index.Tokens.Count && index.Tokens[k].Start < read.End; k++)
        {
            if (index.Tokens[k].End <= read.Start)
            {
                continue;
            }

            if (!kept.Contains(k))
            {
                return false;
            }

            covered++;
        }

        return covered > 1;
    }

    // A drug word within a few words in the same sentence, "on" right before ("had her on Jolivette"), or since round 47 (decision
    // 306) another drug beside it in a list ("Zyrtec, Claritin, Allegra", "Yasmin or Gianvi", "switched from Camila to Rybelsus").
    private static bool DrugSentence(TokenIndex index, int brand)
    {
        var tokens = index.Tokens;
        if (brand > 0 && FoundTokens.Word(index, brand - 1) is "on" && FoundTokens.Gap(index, brand - 1, brand) is " ")
        {
            return true;
        }

        if (IsDrugInList(index, brand, -1) || IsDrugInList(index, brand, 1))
        {
            return true;
        }

        for (var k = brand - 1; k >= 0 && brand - k <= Window && !EndsSentence(index, k); k--)
        {
            if (DrugWords.Contains(FoundTokens.Word(index, k)))
            {
                return true;
            }
        }

        for (var k = brand + 1; k < tokens.Count && k - brand <= Window && !EndsSentence(index, k - 1); k++)
        {
            if (DrugWords.Contains(FoundTokens.Word(index, k)))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxListSteps = 3;

    // A drug among the list items on one side (past ", ", "/" or a joining word; up to three items, so that "Zyrtec, Claritin,
    // Allegra" reaches Zyrtec past a drug no list holds): a capitalised clinical word or a brand of the list, neither a given name,
    // so "Heather and Nora came in" keeps both names; a brand that is no given name counts a given-name brand beside it ("Nikki or
    // Lutera").
    private static bool IsDrugInList(TokenIndex index, int brand, int step)
    {
        var brandIsNoGivenName = (index.Kinds[brand] & WordKind.FirstName) == 0;
        var from = brand;
        for (var steps = 0; steps < MaxListSteps; steps++)
        {
            var near = from + step;
            if (near < 0 || near >= index.Tokens.Count)
            {
                return false;
            }

            var gap = step < 0 ? FoundTokens.Gap(index, near, from) : FoundTokens.Gap(index, from, near);
            if (gap is " " && FoundTokens.Word(index, near) is "or" or "vs" or "versus" or "and" or "to") // "Yasmin or Gianvi", "from Heather to Jolivette"
            {
                var far = near + step;
                if (far < 0 || far >= index.Tokens.Count || (step < 0 ? FoundTokens.Gap(index, far, near) : FoundTokens.Gap(index, near, far)) is not (" " or ". "))
                {
                    return false;
                }

                near = far;
            }
            else if (gap is not (", " or "/" or " / "))
            {
                return false;
            }

            var word = FoundTokens.Word(index, near);
            var kind = index.Kinds[near];
            var listedBrand = (index.Cues[near] & WordCue.DrugBrand) != 0 && Brands.Contains(word);
            if (word.Length < 3 || !char.IsAsciiLetterUpper(word[0]) || ((kind & WordKind.FirstName) != 0 && !listedBrand))
            {
                return false;
            }

            if ((kind & WordKind.FirstName) != 0)
            {
                if (brandIsNoGivenName)
                {
                    return true;
                }

                // Two given-name brands side by side prove nothing ("Heather and Nora"); since round 51 (decision 352) the walk goes
                // on past the second to a drug beyond it ("Allegra, Ella, Valium"), where it used to stop.
                from = near;
                continue;
            }

            if ((kind & WordKind.Clinical) != 0 || listedBrand)
            {
                return true;
            }

            from = near;
        }

        return false;
    }

    private static bool EndsSentence(TokenIndex index, int i) =>
        i + 1 < index.Tokens.Count && FoundTokens.Gap(index, i, i + 1).IndexOfAny(".!?\n") >= 0;
}
