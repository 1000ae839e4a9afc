using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 49 (decision 327): a pharmacy or store chain, an employer, a home-health agency, a malpractice carrier or collection
/// agency, an airline or an air-medical service named by its brand alone, with no head noun for a facility rule to read: "the
/// CVS on Route 9", "Rx at Walgreens #4412", "flies for Allegiant", "drives for DoorDash", "Visiting Angels aide", "works nights
/// at Amazon DFW7". Pooled over the rotation (rounds 10-46) these were about 190 misses of the place row in 29 rounds, by hand
/// and generated; over those rounds' gold posts the brands of this list were identifiers far more often than not (decision
/// 327's scans: a carrier's flight, "the Amazon" river, "the Costco stuff" were the exceptions). Where a post names where a
/// patient shops or works it narrows the patient as a town does.
/// Left off the list: brands that are also words or clinical terms ("Target", "Delta", "United", "Mayo" of the Mayo score,
/// "Spirit"), and health insurers, which organisations.txt keeps as words ("a letter from Cigna about the formulary" holds no
/// identifier, the independent set's rule test). Guards: a carrier before a flight or tail number ("Icelandair 384",
/// "LifeFlight N417LF") is a trip, not a place; "the Amazon" before a mark or "river" is the river; "UPS" beside a word in
/// capitals is text written in capitals.
/// Cost (decision 093): one vectorised ordinal search of the post for the brands; the tests only at a hit.
/// </summary>
internal static class ChainsAndPayersByName
{
    // Airlines and air-medical services: a number after them is a flight or an aircraft.
    private static readonly string[] Carriers =
    [
        "Alaska Airlines", "Allegiant", "SkyWest", "Icelandair", "JetBlue", "Hawaiian Airlines", "American Airlines", "Southwest Airlines",
        "United Airlines", "Delta Air Lines", "Cape Air", "Life Flight", "LifeFlight", "AirLife", "Air Evac", "CareFlight", "Air Methods", "Guardian Flight",
    ];

    private static readonly string[] Brands =
    [
        .. Carriers,
        // pharmacies, grocers, stores, motels and gyms
        "Walgreens", "Walmart", "CVS", "Costco", "Kroger", "Safeway", "Rite Aid", "Hy-Vee", "H-E-B", "Publix", "Jewel-Osco", "Lowe's",
        "Home Depot", "Menards", "Dollar General", "Tractor Supply", "Sheetz", "Buc-ee's", "Whataburger", "Chewy", "Piggly Wiggly",
        "Kwik Trip", "Planet Fitness", "Red Roof", "La Quinta", "Extended Stay America",
        // a health system by its own name ("nurse at Kaiser Vallejo")
        "Kaiser",
        // malpractice carriers and collection agencies
        "ISMIE", "MagMutual", "ProAssurance", "IC System", "Midland Credit",
        // employers and banks
        "Amazon", "UPS", "DoorDash", "Postmates", "Instacart", "Grubhub", "Lyft", "Teleperformance", "Windstream", "Comcast", "Wells Fargo",
        "Fifth Third", "Navy Federal",
        // home health, home infusion, hospice and organ procurement
        "Visiting Angels", "Amedisys", "Bayada", "Option Care", "VITAS", "LifeSource", "Interim HealthCare", "MedStar",
        // blood banks and genetic testing companies
        "OneBlood", "LifeSouth", "Versiti", "Invitae", "GeneDx", "FamilyTreeDNA",
    ];

    private static readonly SearchValues<string> BrandValues = SearchValues.Create(Brands, StringComparison.Ordinal);

    private static readonly string[] RiverWords = [" river", " River", " basin", " rainforest", " jungle"];

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, BrandValues);
        while (hits.Next(out var at))
        {
            hits.From = at + 1;
            var brand = ListedPhrases.LongestAt(text, at, Brands);
            var end = at + brand.Length;
            if (brand.Length == 0 || (at > 0 && IsWordChar(text[at - 1])) || (end < text.Length && IsWordChar(text[end])))
            {
                continue; // inside a longer word ("CVSs", "Kaiser-Fleischer")
            }

            hits.From = end;
            if ((IsCarrier(brand) && TripFollows(text, end)) || (brand == "Amazon" && IsTheRiver(text, at, end))
                || (brand == "UPS" && BesideCapitals(text, at, end)))
            {
                continue;
            }

            FoundTokens.AddUncut(found, new Detection(at, SiteEnd(text, brand, end), PhiType.City, 1));
        }
    }

    private static bool IsCarrier(string brand) => Array.IndexOf(Carriers, brand) >= 0;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '&';

    // "Icelandair 384", "Alaska Airlines flight AS 83", "LifeFlight N417LF": the next word holds a digit or says a flight.
    private static bool TripFollows(string text, int end)
    {
        var word = NextWord(text, end);
        if (word.IsEmpty)
        {
            return false;
        }

        return word.ContainsAnyInRange('0', '9') || word.Equals("flight", StringComparison.OrdinalIgnoreCase)
            || word.Equals("flt", StringComparison.OrdinalIgnoreCase);
    }

    // "a traveler from the Amazon, looks like": the river after "the" before a mark, the end or a word for a river's land.
    private static bool IsTheRiver(string text, int at, int end)
    {
        if (at < 4 || !text.AsSpan(at - 4, 4).SequenceEqual("the "))
        {
            return false;
        }

        if (end == text.Length || char.IsPunctuation(text[end]))
        {
            return true;
        }

        foreach (var word in RiverWords)
        {
            if (text.AsSpan(end).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A word of three capitals or more next to the brand: text in capitals, where "UPS" may be the word.
    private static bool BesideCapitals(string text, int at, int end)
    {
        var before = at - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var start = before;
        while (start >= 0 && char.IsLetter(text[start]))
        {
            start--;
        }

        return IsCapitals(text.AsSpan(start + 1, before - start)) || IsCapitals(NextWord(text, end));
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // The letters and digits of the word one space after end (empty when a mark or a line break comes first).
    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return [];
        }

        var stop = end + 1;
        while (stop < text.Length && char.IsLetterOrDigit(text[stop]))
        {
            stop++;
        }

        return text.AsSpan(end + 1, stop - end - 1);
    }

    // The site a chain's name carries: a building code of capitals and digits ("Amazon DFW7", "UPS XRL5") for any brand, and the
    // town or site word of a health system ("Kaiser Vallejo", "Kaiser Permanente").
    private static int SiteEnd(string text, string brand, int end)
    {
        var word = NextWord(text, end);
        if (word.Length is >= 3 and <= 6 && IsBuildingCode(word))
        {
            return end + 1 + word.Length;
        }

        if (brand == "Kaiser" && FoundTokens.IsTitleCase(word))
        {
            return end + 1 + word.Length;
        }

        return end;
    }

    private static bool IsBuildingCode(ReadOnlySpan<char> word)
    {
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return digits > 0 && digits < word.Length && char.IsAsciiLetterUpper(word[0]);
    }
}
