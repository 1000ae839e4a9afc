using System.Buffers;
using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Places whose own words say they are places, with no list behind them (round 45, decision 290): a neighbourhood named for a
/// country or city abroad ("taxi driver in Little Haiti", "from Little Ethiopia", "Long Beach's Cambodia Town") and an Alaskan
/// census area ("urgent cares in Wade Hampton Census Area", "the Yukon-Koyukuk Census Area clinic"). Pooled over the rotation
/// (rounds 10-41) these recurred in eleven rounds by hand and generated; the older rules refuse them because the country is a
/// clinical-list word (countries are kept: "from Haiti" is not a town) or because "Census" and "Area" are English words.
/// "Little" is read only before a country or city of this list ("Little League" stays); "Town" only after one.
/// Cost (decision 300): one vectorised search of the post for "Little", "Town" and "Census"; the walk over the tokens only in a
/// post that holds one (none of the 200,000 bench posts); there per token its length and first character, the set only for
/// "Little", "Town" and "Area".
/// </summary>
internal static class NeighbourhoodsAndCensusAreas
{
    private const int MaxAreaWords = 3;

    // Countries and cities abroad that name US neighbourhoods: "Little Haiti", "Little Saigon", "Cambodia Town".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountriesAndCities = FrozenSet.Create(StringComparer.Ordinal,
        "Haiti", "Havana", "Saigon", "Ethiopia", "Italy", "India", "Tokyo", "Manila", "Armenia", "Kabul", "Somalia", "Mogadishu", "Odessa",
        "Bangladesh", "Lebanon", "Beirut", "Arabia", "Korea", "Seoul", "Taipei", "Portugal", "Brazil", "Guyana", "Senegal", "Liberia",
        "Pakistan", "Poland", "Ukraine", "Yemen", "Cambodia", "Persia", "Tehran", "Egypt", "Cairo", "Istanbul", "Bosnia", "Sarajevo",
        "Lagos", "Nigeria", "Ghana", "Jamaica", "Greece", "Athens", "Syria", "Baghdad", "Guatemala", "Honduras", "Caracas", "Venezuela",
        "Colombia", "Nepal", "Tibet", "Burma", "Laos", "Vietnam", "Mexico", "Thai", "Sweden", "Norway", "Bhutan", "Eritrea", "Sudan")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Exact gate: each of the three shapes has one of these words as a token, and a token's word is a substring of the post.
    private static readonly SearchValues<string> ShapeWords = SearchValues.Create(["Little", "Town", "Census"], StringComparison.Ordinal);

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        if (!index.Text.AsSpan().ContainsAny(ShapeWords))
        {
            return;
        }

        var tokens = index.Tokens;
        for (var k = 0; k < tokens.Count - 1; k++)
        {
            var length = tokens[k].Length;
            var fourAfter = tokens[k + 1].Length == 4; // "Town", "Area"
            if ((length != 6 && !fourAfter) || !char.IsUpper(index.Text[tokens[k].Start]) || FoundTokens.Gap(index, k, k + 1) is not " ")
            {
                continue;
            }

            var word = FoundTokens.Word(index, k);
            var next = FoundTokens.Word(index, k + 1);
            if (length == 6 && word is "Little" && CountriesAndCities.Contains(next))
            {
                FoundTokens.AddUncut(found, new Detection(tokens[k].Start, tokens[k + 1].End, PhiType.City, 6)); // "Little Haiti"
            }
            else if (fourAfter && next is "Town" && CountriesAndCities.Contains(word))
            {
                FoundTokens.AddUncut(found, new Detection(tokens[k].Start, tokens[k + 1].End, PhiType.City, 6)); // "Cambodia Town"
            }
            else if (fourAfter && word is "Census" && next is "Area" && AreaStart(index, k) is { } first)
            {
                FoundTokens.AddUncut(found, new Detection(tokens[first].Start, tokens[k + 1].End, PhiType.City, 6));
            }
        }
    }

    // The first of one to three title-case words right before "Census Area" ("Kusilvak", "Wade Hampton", "Yukon-Koyukuk"), or null.
    private static int? AreaStart(TokenIndex index, int census)
    {
        int? first = null;
        for (var k = census - 1; k >= 0 && census - k <= MaxAreaWords && FoundTokens.Gap(index, k, k + 1) is " "; k--)
        {
            if (!FoundTokens.IsTitleCase(FoundTokens.Word(index, k)) || (index.Kinds[k] & (WordKind.PlacePreposition | WordKind.TimePreposition)) != 0)
            {
                break;
            }

            first = k;
        }

        return first;
    }
}
