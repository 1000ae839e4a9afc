using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 52 (decision 366): an offshore oil platform named before the word "platform", without a head noun a place list knows:
/// "oil rig worker off the Thunder Horse platform", "offshore worker from the Perdido platform", "works the Mad Dog platform, hitch
/// 14 on 14 off", "medevac from Ursa platform". Over the gold posts of rounds 10-48 every capitalised run before "platform" was an
/// identifier (13 of 13, rounds 21, 24, 32, 36); the platforms' names are English words ("Atlantis", "Thunder Horse"), so no list
/// finds them and only the head word after them says they are places. A software or surgical "platform" ("the Epic platform",
/// "the da Vinci platform") is the trap: the rule reads a run only in a post that speaks of oil work as a whole word ("oil",
/// "offshore", "rig", "roughneck", "roustabout", "hitch", "drilling"). One to three title-case words (<see cref="TitleCaseRunBefore"/>;
/// an opener or article ends the run, so "Our platform" is none).
/// Cost (decisions 093, 300, 312): one vectorised ordinal search of the post for " platform"; only at a hit the walk back over at
/// most three words and one case-blind search of the post for the oil-work words.
/// </summary>
internal static class OffshorePlatformsByName
{
    private const string HeadWord = " platform";

    private static readonly SearchValues<string> HeadWordValues = SearchValues.Create([HeadWord], StringComparison.Ordinal);

    private static readonly SearchValues<string> OilWorkWords = SearchValues.Create(
        ["oil", "offshore", "rig", "roughneck", "roustabout", "hitch", "drilling"], StringComparison.OrdinalIgnoreCase);

    // The whole words the search's hits must be ("rigs" too: the search finds it by "rig").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OilWorkWordSet = new HashSet<string>(
        ["oil", "offshore", "rig", "rigs", "roughneck", "roustabout", "hitch", "drilling"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, HeadWordValues);
        var oilWork = (bool?)null;
        while (hits.Next(out var space))
        {
            hits.From = space + HeadWord.Length;
            if (RegexScan.IsWordChar(text, space + HeadWord.Length) && text[space + HeadWord.Length] != 's')
            {
                continue; // "platformer"; "platforms" is still the head word
            }

            var (start, words) = TitleCaseRunBefore.Find(text, space, capitalsToo: false);
            if (words == 0)
            {
                continue;
            }

            oilWork ??= SpeaksOfOilWork(text);
            if (oilWork == false)
            {
                return;
            }

            FoundTokens.AddUncut(found, new Detection(start, space, PhiType.City, 1));
        }
    }

    // A whole word of oil work anywhere in the post ("oil" of "boil" or "soil" is not one).
    private static bool SpeaksOfOilWork(string text)
    {
        var hits = new CueHits(text, OilWorkWords);
        while (hits.Next(out var at))
        {
            var end = at;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            hits.From = end;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && IsOilWorkWord(text.AsSpan(at, end - at)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOilWorkWord(ReadOnlySpan<char> word) => OilWorkWordSet.Contains(word);
}
