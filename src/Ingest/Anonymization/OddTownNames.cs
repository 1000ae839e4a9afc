using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 49 (decision 327): small US towns with names no other word or name has ("Monkey's Eyebrow", "Cut and Shoot",
/// "Slapout", "Tightwad", "Bucksnort"), and listed towns of several words that the slot rules miss outside their slots ("the
/// Schlumberger in Truth or Consequences", "school is Truth or Consequences elementary", "flew to Rough and Ready"). Pooled over
/// the rotation (rounds 10-46) about 25 misses of the place row; over those rounds' gold posts each name of this list was an
/// identifier every time it stood (219 of 219). The lists at hand (us-cities.txt from npm `zipcodes`) lack the first five, and
/// a single English word that is also a town ("Why", "Hell", "Nothing", "Index", "Rescue") stays with the slot rules: alone
/// those words were not identifiers 70 times in the same posts. Taken wherever the exact capitals stand as whole words.
/// Cost (decision 093): one vectorised ordinal search of the post; the word-boundary tests only at a hit.
/// </summary>
internal static class OddTownNames
{
    private static readonly string[] Towns =
    [
        "Monkey's Eyebrow", "Cut and Shoot", "Truth or Consequences", "Rough and Ready", "Mexican Hat", "Paint Lick", "Lick Fork",
        "Possum Trot", "Sweet Lips", "Lizard Lick", "Hatchet Creek", "Yeehaw Junction", "Bird-in-Hand", "Mauch Chunk", "Slapout",
        "Tightwad", "Bucksnort", "Smackover", "Bumpass", "Ticktown",
    ];

    private static readonly SearchValues<string> TownValues = SearchValues.Create(Towns, StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, TownValues);
        while (hits.Next(out var at))
        {
            hits.From = at + 1;
            var end = at + ListedPhrases.LongestAt(text, at, Towns).Length;
            if (end == at || (at > 0 && IsWordChar(text[at - 1])) || (end < text.Length && IsWordChar(text[end])))
            {
                continue; // inside a longer word or name ("Slapouts")
            }

            hits.From = end;
            FoundTokens.AddUncut(found, new Detection(at, end, PhiType.City, 1));
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
}
