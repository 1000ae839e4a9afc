using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Geographic units below the state: street addresses, PO boxes, cities, counties and ZIP codes.
/// States stay (Safe Harbor allows them, and analytics segments by state). A city needs place
/// context: "in Dayton" (a listed city after a place preposition), "Toledo, OH" (any capitalised
/// words before ", state"), or "Franklin County".
/// </summary>
internal static class LocationDetector
{
    public static readonly string[] PlacePrepositions = ["in", "from", "near", "outside", "around", "to", "at", "of", "visiting"];

    private static readonly LinearRegex CityState = RegexScan.Create(
        $@"\b(?<id>(?:(?:St|Ft|Mt)\. )?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ -](?:(?:du|de|la|del|le|on) )?(?:St\.|[A-Z][a-z]*(?:[A-Z][a-z]+)?)){{0,2}}), ?(?<state>{UsStates.Pattern})\b");

    private static readonly LinearRegex County = RegexScan.Create(@"\b[A-Z][a-z]*[A-Z]?[a-z]+(?: [A-Z][a-z]*[A-Z]?[a-z]+)? (?:County|Parish|Borough)\b"); // "McKinley County", "DeKalb County"

    private static readonly LinearRegex StateZip = RegexScan.Create($@"\b(?:{UsStates.Pattern})\.?,? (?<id>\d{{5}}(?:-\d{{4}})?)\b");

    private static readonly LinearRegex LabelledZip = RegexScan.Create(@"\b(?:zip|zipcode|zip code|postal code)\b(?: is| was)?:? ?#? ?(?<id>\d{5}(?:-\d{4})?)\b", RegexScan.LinearIgnoreCase);

    private static readonly LinearRegex ZipPlusFour = RegexScan.Create(@"\b\d{5}-\d{4}\b");

    // Abbreviations that are also degrees or roles ("Smith, MD", "Lee, PA") need a listed city.
    private static readonly FrozenSet<string> AmbiguousStateCodes = FrozenSet.Create(StringComparer.Ordinal, "MD", "DO", "PA", "ME", "IN", "OR", "OK", "HI", "MS");

    public static void Detect(TokenIndex index, NameLexicon lexicon, List<Detection> found)
    {
        var text = index.Text;
        var hasDigit = RegexScan.ContainsDigit(text);
        if (hasDigit)
        {
            StreetDetector.Detect(index, lexicon, found);
            DetectZips(index, found);
        }

        DetectCityState(index, lexicon, found);

        foreach (var m in WindowedRegex.MatchesNear(County, text, index.Of(Anchor.County), 40, 0))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.City, 6));
        }

        TownDetector.Detect(index, lexicon, found);
    }

    private static void DetectCityState(TokenIndex index, NameLexicon lexicon, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(CityState, text, StatesAfterComma(text, index.Of(Anchor.State)), 60, 16))
        {
            var city = m.Groups["id"];
            var state = m.Groups["state"];

            // "Oak Street, New York, NY" or "..., Kansas City, MO": the state name begins a city when a state code follows it.
            if (state.Length > 2 && StateNamedCityEnd(text, state.Index + state.Length) is { } cityEnd)
            {
                found.Add(new Detection(state.Index, cityEnd, PhiType.City, 6));
                continue;
            }

            // "New York, NY" and "Kansas City, MO" are cities: a state is never followed by a state code.
            var stateNamedCity = UsStates.IsState(city.ValueSpan) && state.Length == 2;
            if (lexicon.Eponyms.Contains(city.ValueSpan) || lexicon.ClinicalTerms.Contains(city.ValueSpan) || (UsStates.IsState(city.ValueSpan) && !stateNamedCity))
            {
                continue;
            }

            // "Smith, MD" and "calcium OK" are no places: an ambiguous code asks for a listed city, or for a city that is
            // also a word ("Bend, OR", "Crescent, OK") with a place preposition before it.
            if (AmbiguousStateCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(state.ValueSpan) && !lexicon.Cities.Contains(city.ValueSpan)
                && !(lexicon.WordCities.Contains(city.ValueSpan) && RegexScan.WordBeforeIsAny(text, city.Index, PlacePrepositions)) && !AfterStreet(text, city.Index))
            {
                continue;
            }

            found.Add(new Detection(city.Index, city.Index + city.Length, PhiType.City, 6));
        }
    }

    // The city pattern needs ", " right before the state, so only those state words anchor it: "Georgia" or "New"
    // opening a sentence costs nothing.
    private static List<(int Start, int End)> StatesAfterComma(string text, List<(int Start, int End)> states)
    {
        List<(int Start, int End)>? afterComma = null;
        foreach (var state in states)
        {
            var before = state.Start - 1;
            if (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            if (before >= 0 && text[before] == ',')
            {
                (afterComma ??= []).Add(state);
            }
        }

        return afterComma ?? RegexScan.NoAnchors;
    }

    // "1420 Oak Ave, Eagleview, PA": after a street (its suffix or unit number, then a comma) a state code is a state.
    private static bool AfterStreet(string text, int cityStart)
    {
        var before = text.AsSpan(0, cityStart).TrimEnd(' ');
        if (before.IsEmpty || before[^1] != ',')
        {
            return false;
        }

        // The chunk before the comma: a unit or house number ("Apt. 11C", "#4") or a street suffix ("Ave", "Rd.").
        before = before[..^1].TrimEnd('.');
        var chunk = before[(before.LastIndexOf(' ') + 1)..];
        if (RegexScan.ContainsDigit(chunk))
        {
            return true;
        }

        foreach (var suffix in StreetDetector.StreetSuffixes)
        {
            if (chunk.Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int? StateNamedCityEnd(string text, int position)
    {
        for (var words = 0; words < 2 && position + 2 < text.Length && text[position] == ' ' && char.IsAsciiLetterUpper(text[position + 1])
            && char.IsAsciiLetterLower(text[position + 2]); words++)
        {
            position += 2;
            while (position < text.Length && char.IsAsciiLetterLower(text[position]))
            {
                position++;
            }
        }

        var code = position + 1 < text.Length && text[position] == ',' ? position + (text[position + 1] == ' ' ? 2 : 1) : -1;
        return code > 0 && code + 2 <= text.Length && UsStates.IsState(text.AsSpan(code, 2)) && !RegexScan.IsWordChar(text, code + 2) ? position : null;
    }

    private static void DetectZips(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(StateZip, text, index.Of(Anchor.State), 0, 16, minDigits: 1))
        {
            var id = m.Groups["id"];
            found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Zip, 5));
        }

        foreach (var m in WindowedRegex.MatchesNear(LabelledZip, text, index.Of(Anchor.ZipLabel), 0, 24, minDigits: 1))
        {
            var id = m.Groups["id"];
            found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Zip, 5));
        }

        foreach (var m in WindowedRegex.MatchesNear(ZipPlusFour, text, index.Of(Anchor.DigitSeparator), 8, 8, minDigits: 1))
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
