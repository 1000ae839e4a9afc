using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Street addresses and PO boxes. Capitalised addresses ("1420 Oak Street", "12 Pine Rd") match on their
/// own; addresses typed in lower case ("88 maple ave", "123 main st") need a number, one or two street words
/// and a suffix, and for the short suffixes (st, dr, ct...) that are also abbreviations in clinical text, either
/// a place cue before the number ("lives at") or street words that cannot be the clinical reading: each word a
/// common street name or a word that is no common English word ("sunset", "oak", "kowalski"), never "with" or "units".
/// </summary>
internal static class StreetDetector
{
    public static readonly string[] StreetSuffixes =
    [
        "Street", "St", "Avenue", "Ave", "Av", "Boulevard", "Blvd", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Court", "Ct", "Way", "Place", "Pl",
        "Terrace", "Ter", "Circle", "Cir", "Parkway", "Pkwy", "Highway", "Hwy", "Trail", "Trl", "Square", "Sq", "Pike", "Alley",
        "Loop", "Bend", "Cove", "Trace", "Crossing", "Run", "Path", "Pass", "Hollow", "Ridge", "Row",
    ];

    private static readonly string StreetSuffix = string.Join('|', StreetSuffixes);

    private static readonly LinearRegex Street = RegexScan.Create(
        $@"\b\d{{1,6}}[A-Za-z]? (?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.? )?(?:(?:[A-Z][A-Za-z'-]*|\d{{1,3}}(?:st|nd|rd|th)) ){{1,4}}(?:{StreetSuffix})\b\.?(?:,? ?(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|#)\.? ?#? ?[A-Za-z0-9-]{{1,6}})?");

    // One pattern for every lower-case address; which suffix it ended on decides how much evidence it needs.
    private static readonly LinearRegex LowerStreet = RegexScan.Create(
        @"\b\d{1,5} (?:[a-z]{3,} ){1,2}(?:street|avenue|ave|road|rd|drive|lane|ln|court|boulevard|blvd|terrace|circle|cir|parkway|pkwy|highway|hwy|trail|pike|st|dr|ct|way|pl)\b");

    private static readonly FrozenSet<string> ShortSuffixes = FrozenSet.Create(StringComparer.Ordinal, "st", "dr", "ct", "way", "pl");

    private static readonly string[] PlaceCues = ["at", "on", "address", "is", "to", "into", "outside", "near"];

    private static readonly FrozenSet<string> NotStreetWords = FrozenSet.Create(StringComparer.Ordinal,
        "the", "and", "more", "days", "weeks", "months", "years", "times", "units", "tabs", "pills", "hours", "mins", "minutes", "per", "for", "with",
        "doses", "puffs", "drops", "caps", "patients", "kids", "beds", "visits", "calls", "notes", "orders", "feet", "steps", "miles", "blocks");

    // The names US streets most often carry (trees, landscape, presidents, ordinals) that are also English words;
    // a word on no English list ("kowalski") passes without being here.
    // Read as spans (a word of the text, or one lowered into a stack buffer), so the lookup is made once.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetNameWords = FrozenSet.Create(StringComparer.Ordinal,
        "main", "park", "oak", "pine", "maple", "cedar", "elm", "lake", "hill", "walnut", "spring", "north", "south", "east", "west", "ridge", "church",
        "willow", "mill", "sunset", "sunrise", "railroad", "cherry", "highland", "center", "centre", "meadow", "forest", "river", "dogwood", "chestnut",
        "hickory", "lakeview", "sycamore", "birch", "spruce", "poplar", "ash", "laurel", "magnolia", "holly", "aspen", "juniper", "cypress", "redwood",
        "locust", "beech", "linden", "valley", "view", "college", "school", "market", "union", "water", "bridge", "canal", "harbor", "bay", "beach",
        "ocean", "shore", "front", "broad", "high", "king", "queen", "green", "grove", "garden", "orchard", "vine", "rose", "summit", "crest",
        "hillside", "lakeside", "riverside", "country", "club", "mountain", "creek", "brook", "pond", "fox", "deer", "eagle", "hawk", "quail", "cardinal",
        "robin", "academy", "cemetery", "depot", "mulberry", "peach", "apple", "plum", "orange", "palm", "first", "second", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth", "old", "new", "state", "county", "farm", "ranch", "field", "heritage", "liberty", "commerce",
        "industrial", "airport", "station", "hospital", "prospect", "pleasant", "woodland", "glen", "meadows", "pines", "oaks", "hills", "woods",
        "cottage", "spring", "lincoln", "washington", "jefferson", "madison", "jackson", "franklin", "adams", "monroe", "grant", "wilson", "johnson").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word US streets often carry (<paramref name="lowerWord"/> in lower case): "old", "county", "farm", "state".</summary>
    internal static bool IsStreetNameWord(ReadOnlySpan<char> lowerWord) => StreetNameWords.Contains(lowerWord);

    // Military mail: "PSC 3021, Box 118, APO AE 09021", "Unit 15402 Box 9, DPO AP 96606", "USS Hyde (DDG 79), FPO AP 96616-1234".
    // The unit and box (or the ship) are the street address and the ZIP is a ZIP; "APO AE" itself says only which ocean.
    private static readonly LinearRegex MilitaryPost = RegexScan.Create(
        @"(?:\b(?<unit>(?:PSC|CMR|OMC|UMR|Unit|UNIT) \d{1,5},? (?:Box|BOX) \d{1,5}|(?:USS|USNS|USCGC) [A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2}(?: \([A-Z]{1,4}(?:-[A-Z]{1,4})?[ -]?\d{1,4}\))?),? )?\b(?:APO|FPO|DPO),? (?:AE|AP|AA),? (?<zip>\d{5}(?:-\d{4})?)\b");

    private static readonly LinearRegex PoBox = RegexScan.Create(@"\bP\.? ?O\.? ?Box \d{1,6}\b", RegexScan.LinearIgnoreCase);

    // Rural mail: "Rural Route 2, Box 41", "RR 3 Box 77", "RR #2, Box 343", "HC 64 Box 1290" (highway contract), "Route 1, Box 200".
    private static readonly LinearRegex RuralRoute = RegexScan.Create(
        @"\b(?:Rural Route|Rural Rte\.?|R\.? ?R\.?|RFD|R\.F\.D\.|HC|H\.C\.|Star Route|Route|Rte\.?) ?#? ?\d{1,4},? (?:Box|Bx\.?) ?#? ?\d{1,5}\b",
        RegexScan.LinearIgnoreCase);

    // A house number on a numbered road: "1187 County Road 340", "220 Highway 61", "4410 State Route 9", "12 FM 1960",
    // "12 Farm to Market 1187"; and "Rural Route 2" with no box (round 11), where a bare "Route 2" may be a road or a drug's route.
    private static readonly LinearRegex NumberedRoad = RegexScan.Create(
        @"\b\d{1,6} (?:(?:N|S|E|W)\.? )?(?:County Road|County Rd\.?|County Route|County Highway|County Hwy\.?|State Route|State Road|State Rd\.?|State Highway|State Hwy\.?|US Highway|US Hwy\.?|U\.S\. Highway|Highway|Hwy\.?|Route|Rte\.?|Farm to Market Road|Farm to Market|FM|Ranch Road|CR|SR) ?\d{1,4}[A-Z]?\b");

    private static readonly LinearRegex RuralRouteWithoutBox = RegexScan.Create(@"\bRural (?:Route|Rte\.?) ?#? ?\d{1,4}\b");

    public static void Detect(TokenIndex index, NameLexicon lexicon, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(Street, text, index.Of(Anchor.StreetSuffix), 80, 30, minDigits: 1))
        {
            var (start, end) = RegexScan.TrimTrailing(text, m.Index, m.Index + m.Length, ".");
            found.Add(new Detection(start, end, PhiType.Address, 6));
        }

        foreach (var m in WindowedRegex.MatchesNear(LowerStreet, text, index.Of(Anchor.StreetSuffix), 50, 12, minDigits: 1))
        {
            if (IsLowerCaseAddress(text, m, lexicon))
            {
                found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Address, 6));
            }
        }

        foreach (var m in WindowedRegex.MatchesNear(MilitaryPost, text, index.Of(Anchor.MilitaryPost), 64, 20, minDigits: 5))
        {
            var (unit, zip) = (m.Groups["unit"], m.Groups["zip"]);
            if (unit.Success)
            {
                found.Add(new Detection(unit.Index, unit.Index + unit.Length, PhiType.Address, 6));
            }

            found.Add(new Detection(zip.Index, zip.Index + zip.Length, PhiType.Zip, 6));
        }

        foreach (var m in WindowedRegex.MatchesNear(PoBox, text, index.Of(Anchor.PoBox), 12, 10, minDigits: 1))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Address, 6));
        }

        foreach (var m in WindowedRegex.MatchesNear(RuralRoute, text, index.Of(Anchor.PoBox), 24, 10, minDigits: 2))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Address, 6));
        }

        foreach (var m in WindowedRegex.MatchesNear(NumberedRoad, text, index.Of(Anchor.NumberedRoad), 24, 8, minDigits: 2))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Address, 6));
        }

        foreach (var m in WindowedRegex.MatchesNear(RuralRouteWithoutBox, text, index.Of(Anchor.NumberedRoad), 8, 8, minDigits: 1))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Address, 6));
        }
    }

    private static bool IsLowerCaseAddress(string text, Match m, NameLexicon lexicon)
    {
        // "88 maple ave" -> words "maple", suffix "ave"
        var value = m.ValueSpan;
        var afterNumber = value[(value.IndexOf(' ') + 1)..];
        var lastSpace = afterNumber.LastIndexOf(' ');
        var words = afterNumber[..lastSpace];
        var suffix = afterNumber[(lastSpace + 1)..];
        var firstWord = words.IndexOf(' ') is var space and >= 0 ? words[..space] : words;
        var lookup = NotStreetWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(firstWord))
        {
            return false;
        }

        if (!ShortSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(suffix) || RegexScan.WordBeforeIsAny(text, m.Index, PlaceCues))
        {
            return true;
        }

        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            var streetLike = StreetNameWords.Contains(word)
                || (!lexicon.EnglishWords.Contains(word) && !lexicon.NameWords.Contains(word) && !lexicon.ClinicalTerms.Contains(word) && !lookup.Contains(word));
            if (!streetLike)
            {
                return false;
            }
        }

        return true;
    }
}
