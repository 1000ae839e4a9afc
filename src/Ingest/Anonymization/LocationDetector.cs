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
    private const string StreetSuffix =
        "Street|St|Avenue|Ave|Av|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Pike|Alley";

    private static readonly Regex Street = RegexScan.Create(
        $@"\b\d{{1,6}}[A-Za-z]? (?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.? )?(?:(?:[A-Z][A-Za-z'-]*|\d{{1,3}}(?:st|nd|rd|th)) ){{1,4}}(?:{StreetSuffix})\b\.?(?:,? ?(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|#)\.? ?#? ?[A-Za-z0-9-]{{1,6}})?");

    private static readonly Regex PoBox = RegexScan.Create(@"\bP\.? ?O\.? ?Box \d{1,6}\b", RegexScan.LinearIgnoreCase);

    private static readonly Regex CityState = RegexScan.Create(
        $@"\b(?<id>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}), ?(?<state>{UsStates.Pattern})\b");

    private static readonly Regex County = RegexScan.Create(@"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:County|Parish|Borough)\b");

    private static readonly Regex PlaceContext = RegexScan.Create(
        @"\b(?:in|from|near|outside|around|to|at|of|moved to|lives in|lived in) (?<id>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", RegexScan.LinearIgnoreCase);

    private static readonly Regex StateZip = RegexScan.Create($@"\b(?:{UsStates.Pattern})\.?,? (?<id>\d{{5}}(?:-\d{{4}})?)\b");

    private static readonly Regex LabelledZip = RegexScan.Create(@"\b(?:zip|zipcode|zip code|postal code)\b:? ?#? ?(?<id>\d{5}(?:-\d{4})?)\b", RegexScan.LinearIgnoreCase);

    private static readonly Regex ZipPlusFour = RegexScan.Create(@"\b\d{5}-\d{4}\b");

    // Abbreviations that are also degrees or roles ("Smith, MD", "Lee, PA") need a listed city.
    private static readonly FrozenSet<string> AmbiguousStateCodes = FrozenSet.Create(StringComparer.Ordinal, "MD", "DO", "PA", "ME", "IN", "OR", "OK", "HI", "MS");

    public static void Detect(string text, NameLexicon lexicon, List<Detection> found)
    {
        var hasDigit = RegexScan.ContainsDigit(text);
        if (hasDigit)
        {
            foreach (Match m in Street.Matches(text))
            {
                var (start, end) = RegexScan.TrimTrailing(text, m.Index, m.Index + m.Length, ".");
                found.Add(new Detection(start, end, PhiType.Address, 6));
            }

            foreach (Match m in PoBox.Matches(text))
            {
                found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Address, 6));
            }

            DetectZips(text, found);
        }

        foreach (Match m in CityState.Matches(text))
        {
            var city = m.Groups["id"];
            var state = m.Groups["state"].ValueSpan;
            if (lexicon.Eponyms.Contains(city.ValueSpan) || lexicon.ClinicalTerms.Contains(city.ValueSpan) || UsStates.IsState(city.ValueSpan))
            {
                continue;
            }

            if (AmbiguousStateCodes.Contains(state.ToString()) && !lexicon.Cities.Contains(city.ValueSpan))
            {
                continue;
            }

            found.Add(new Detection(city.Index, city.Index + city.Length, PhiType.City, 6));
        }

        foreach (Match m in County.Matches(text))
        {
            found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.City, 6));
        }

        foreach (Match m in PlaceContext.Matches(text))
        {
            AddListedCity(text, m.Groups["id"], lexicon, found);
        }
    }

    private static void AddListedCity(string text, Group candidate, NameLexicon lexicon, List<Detection> found)
    {
        var end = candidate.Index + candidate.Length;
        // "in Huntington's disease" is an eponym, not a place.
        if (end < text.Length && text[end] is '\'' or '\u2019')
        {
            return;
        }

        var value = candidate.ValueSpan;
        if (!lexicon.Cities.Contains(value))
        {
            var space = value.IndexOf(' ');
            if (space < 0 || !lexicon.Cities.Contains(value[..space]))
            {
                return;
            }

            value = value[..space];
            end = candidate.Index + space;
        }

        if (!char.IsUpper(text[candidate.Index]) || lexicon.Eponyms.Contains(value) || lexicon.ClinicalTerms.Contains(value) || UsStates.IsState(value))
        {
            return;
        }

        found.Add(new Detection(candidate.Index, end, PhiType.City, 6));
    }

    private static void DetectZips(string text, List<Detection> found)
    {
        foreach (Match m in StateZip.Matches(text))
        {
            var id = m.Groups["id"];
            found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Zip, 5));
        }

        foreach (Match m in LabelledZip.Matches(text))
        {
            var id = m.Groups["id"];
            found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Zip, 5));
        }

        foreach (Match m in ZipPlusFour.Matches(text))
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

    private static readonly FrozenSet<string> All = FrozenSet.Create(StringComparer.Ordinal, [.. Codes, .. Names]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsState(ReadOnlySpan<char> value) => Lookup.Contains(value);
}
