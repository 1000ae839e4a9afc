using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Geographic units below the state: street addresses, PO boxes, cities, counties and ZIP codes.
/// States stay (Safe Harbor allows them, and analytics segments by state). A city needs place
/// context: "in Dayton" (a listed city after a place preposition), "Toledo, OH" (any capitalised
/// words before ", state"), or "Franklin County".
/// </summary>
internal static class LocationDetector
{
    public static readonly string[] StreetSuffixes =
    [
        "Street", "St", "Avenue", "Ave", "Av", "Boulevard", "Blvd", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Court", "Ct", "Way", "Place", "Pl",
        "Terrace", "Ter", "Circle", "Cir", "Parkway", "Pkwy", "Highway", "Hwy", "Trail", "Trl", "Square", "Sq", "Pike", "Alley",
    ];

    private static readonly string StreetSuffix = string.Join('|', StreetSuffixes);

    public static readonly string[] PlacePrepositions = ["in", "from", "near", "outside", "around", "to", "at", "of", "visiting"];

    private static readonly Regex Street = RegexScan.Create(
        $@"\b\d{{1,6}}[A-Za-z]? (?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.? )?(?:(?:[A-Z][A-Za-z'-]*|\d{{1,3}}(?:st|nd|rd|th)) ){{1,4}}(?:{StreetSuffix})\b\.?(?:,? ?(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|#)\.? ?#? ?[A-Za-z0-9-]{{1,6}})?");

    // Typed in a hurry, addresses lose their capitals ("lives at 88 maple ave"). Lower case needs the number,
    // one or two plain words and a spelled-out or common suffix; "st"/"dr"/"ct" alone after a number and a
    // word are too often a unit or an abbreviation in clinical text, so they need a place cue before the number.
    private static readonly Regex LowerStreet = RegexScan.Create(
        @"\b\d{1,5} (?:[a-z]{3,} ){1,2}(?:street|avenue|ave|road|rd|drive|lane|ln|court|boulevard|blvd|terrace|circle|parkway|pkwy|highway|hwy|trail|pike)\b|\b(?:at|on|address(?: is)?:?|lives at|live at|to) (?<id>\d{1,5} (?:[a-z]{3,} ){1,2}(?:st|dr|ct|way|pl))\b");

    private static readonly FrozenSet<string> NotStreetWords = FrozenSet.Create(StringComparer.Ordinal,
        "the", "and", "more", "days", "weeks", "months", "years", "times", "units", "tabs", "pills", "hours", "mins", "minutes", "per", "for", "with");

    private static readonly Regex PoBox = RegexScan.Create(@"\bP\.? ?O\.? ?Box \d{1,6}\b", RegexScan.LinearIgnoreCase);

    private static readonly Regex CityState = RegexScan.Create(
        $@"\b(?<id>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}), ?(?<state>{UsStates.Pattern})\b");

    private static readonly Regex County = RegexScan.Create(@"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:County|Parish|Borough)\b");

    private static readonly Regex StateZip = RegexScan.Create($@"\b(?:{UsStates.Pattern})\.?,? (?<id>\d{{5}}(?:-\d{{4}})?)\b");

    private static readonly Regex LabelledZip = RegexScan.Create(@"\b(?:zip|zipcode|zip code|postal code)\b:? ?#? ?(?<id>\d{5}(?:-\d{4})?)\b", RegexScan.LinearIgnoreCase);

    private static readonly Regex ZipPlusFour = RegexScan.Create(@"\b\d{5}-\d{4}\b");

    // Abbreviations that are also degrees or roles ("Smith, MD", "Lee, PA") need a listed city.
    private static readonly FrozenSet<string> AmbiguousStateCodes = FrozenSet.Create(StringComparer.Ordinal, "MD", "DO", "PA", "ME", "IN", "OR", "OK", "HI", "MS");

    public static void Detect(TokenIndex index, NameLexicon lexicon, List<Detection> found)
    {
        var text = index.Text;
        var hasDigit = RegexScan.ContainsDigit(text);
        if (hasDigit)
        {
            foreach (var m in WindowedRegex.MatchesNear(Street, text, index.Of(Anchor.StreetSuffix), 80, 30))
            {
                var (start, end) = RegexScan.TrimTrailing(text, m.Index, m.Index + m.Length, ".");
                found.Add(new Detection(start, end, PhiType.Address, 6));
            }

            foreach (var m in WindowedRegex.MatchesNear(LowerStreet, text, index.Of(Anchor.StreetSuffix), 50, 12))
            {
                var id = m.Groups["id"].Success ? m.Groups["id"] : (Group)m;
                var words = text.AsSpan(id.Index, id.Length);
                var firstWord = words[(words.IndexOf(' ') + 1)..];
                firstWord = firstWord[..firstWord.IndexOf(' ')];
                if (!NotStreetWords.Contains(firstWord.ToString()))
                {
                    found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Address, 6));
                }
            }

            foreach (var m in WindowedRegex.MatchesNear(PoBox, text, index.Of(Anchor.PoBox), 12, 10))
            {
                found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Address, 6));
            }

            DetectZips(index, found);
        }

        foreach (var m in WindowedRegex.MatchesNear(CityState, text, index.Of(Anchor.State), 60, 0))
        {
            var city = m.Groups["id"];
            var state = m.Groups["state"].ValueSpan;
            // "New York, NY" and "Kansas City, MO" are cities: a state is never followed by a state code.
            var stateNamedCity = UsStates.IsState(city.ValueSpan) && state.Length == 2;
            if (lexicon.Eponyms.Contains(city.ValueSpan) || lexicon.ClinicalTerms.Contains(city.ValueSpan) || (UsStates.IsState(city.ValueSpan) && !stateNamedCity))
            {
                continue;
            }

            if (AmbiguousStateCodes.Contains(state.ToString()) && !lexicon.Cities.Contains(city.ValueSpan))
            {
                continue;
            }

            found.Add(new Detection(city.Index, city.Index + city.Length, PhiType.City, 6));
        }

        foreach (var m in WindowedRegex.MatchesNear(County, text, index.Of(Anchor.County), 40, 0))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.City, 6));
        }

        DetectListedCities(index, lexicon, found);
    }

    // "in Dayton", "from Ann Arbor": a listed city right after a place preposition.
    private static void DetectListedCities(TokenIndex index, NameLexicon lexicon, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var lastCity = -1; // token index of the last city found, for "in Boston and Chicago"
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = tokens[i - 1];
            var previousWord = text.AsSpan(previous.Start, previous.Length);
            var listed = lastCity == i - 2 && (previousWord.SequenceEqual("and") || previousWord.SequenceEqual("or"));
            if (!char.IsUpper(text[token.Start]) || token.IsPossessive || token.Start - previous.PossessiveEnd != 1
                || ((index.Kinds[i - 1] & WordKind.PlacePreposition) == 0 && !listed))
            {
                continue;
            }

            var end = token.End;
            if (i + 1 < tokens.Count && tokens[i + 1].Start == token.End + 1 && lexicon.Cities.Contains(text.AsSpan(token.Start, tokens[i + 1].End - token.Start)))
            {
                end = tokens[i + 1].End;
            }
            else if ((index.Kinds[i] & WordKind.City) == 0)
            {
                continue;
            }

            var city = text.AsSpan(token.Start, end - token.Start);
            // "in Huntington's disease" is an eponym, not a place; "in Florida" is a state and stays.
            if (lexicon.Eponyms.Contains(city) || lexicon.ClinicalTerms.Contains(city) || UsStates.IsState(city) || IsEponymPossessive(text, end))
            {
                continue;
            }

            found.Add(new Detection(token.Start, end, PhiType.City, 6));
            lastCity = end == token.End ? i : i + 1;
        }
    }

    private static bool IsEponymPossessive(string text, int end) => end < text.Length && text[end] is '\'' or '\u2019';

    private static void DetectZips(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(StateZip, text, index.Of(Anchor.State), 0, 16))
        {
            var id = m.Groups["id"];
            found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Zip, 5));
        }

        foreach (var m in WindowedRegex.MatchesNear(LabelledZip, text, index.Of(Anchor.ZipLabel), 0, 24))
        {
            var id = m.Groups["id"];
            found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Zip, 5));
        }

        foreach (var m in WindowedRegex.MatchesNear(ZipPlusFour, text, index.Of(Anchor.DigitSeparator), 8, 8))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Zip, 4));
        }
    }
}

internal static class UsStates
{
    private static readonly string[] Codes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
    ];

    private static readonly string[] Names =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming", "Puerto Rico",
    ];

    /// <summary>Every code and name as a regex alternation, longest first.</summary>
    public static readonly string Pattern = string.Join('|', Names.Concat(Codes).OrderByDescending(state => state.Length));

    /// <summary>Every word of every state name and code, the anchors of the state patterns.</summary>
    public static readonly string[] Words = [.. Codes, .. Names.SelectMany(name => name.Split(' ')).Distinct()];

    private static readonly FrozenSet<string> All = FrozenSet.Create(StringComparer.Ordinal, [.. Codes, .. Names]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsState(ReadOnlySpan<char> value) => Lookup.Contains(value);
}
