using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 348): a congregation named by its name and its denomination, without "Church": "church is Bethel AME",
/// "Pastor Knowles of Greater Bethel AME", "the shelter at Mount Zion AME", "the First Baptist parking lot", "First Assembly of
/// God", "Korean Central Presbyterian", and the hospitals named the same way ("Penn Presbyterian", "Riverside Methodist",
/// "Glendale Adventist"). Pooled over the rotation (rounds 10-47) 28 misses of the places without a head noun in 15 rounds; over
/// those rounds' gold posts such a run was an identifier 54 times and never alone outside one. One to three capitalised words
/// before the denomination (<see cref="TitleCaseRunBefore"/>), at least one of them not a denomination's own modifier: "Southern
/// Baptist", "United Methodist", "Seventh-day Adventist" and "a devout Lutheran" are a faith, not a place. "AME" needs a
/// title-case word before it ("the HIMS AME", "my AME": an aviation medical examiner). A following "Church" joins the span.
/// Cost (decisions 093, 300): one vectorised ordinal search of the post for the denominations with their space; the walk back
/// over at most three words only at a hit.
/// </summary>
internal static class ChurchesByDenomination
{
    private static readonly string[] Denominations =
        [" AME", " Baptist", " Methodist", " Presbyterian", " Lutheran", " Episcopal", " Adventist", " Pentecostal", " Tabernacle", " Assembly of God"];

    private static readonly SearchValues<string> DenominationValues = SearchValues.Create(Denominations, StringComparison.Ordinal);

    // The words that make a denomination's own name, not a congregation's: "Southern Baptist", "Free Will Baptist".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FaithModifiers = new HashSet<string>(
        ["Southern", "United", "Free", "Will", "Missionary", "Primitive", "Independent", "Evangelical", "Reformed", "Seventh-day", "Seventh-Day",
         "African", "American", "Orthodox", "Methodist", "Episcopal", "Baptist", "Lutheran", "Presbyterian", "Catholic", "Christian", "Protestant",
         "Devout", "Full", "Gospel", "Conservative", "Mennonite", "Wesleyan", "Anglican"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, DenominationValues);
        while (hits.Next(out var space))
        {
            var end = DenominationEnd(text, space);
            hits.From = space + 1;
            if (end < 0 || RegexScan.IsWordChar(text, end))
            {
                continue;
            }

            var (start, words) = TitleCaseRunBefore.Find(text, space, capitalsToo: false);
            if (words == 0 || !NamesACongregation(text, start, space))
            {
                continue;
            }

            if (text.AsSpan(end).StartsWith(" Church", StringComparison.Ordinal) && !RegexScan.IsWordChar(text, end + 7))
            {
                end += 7;
            }

            hits.From = end;
            FoundTokens.AddUncut(found, new Detection(start, end, PhiType.City, 1));
        }
    }

    private static int DenominationEnd(string text, int space)
    {
        foreach (var denomination in Denominations)
        {
            if (text.AsSpan(space).StartsWith(denomination, StringComparison.Ordinal))
            {
                return space + denomination.Length;
            }
        }

        return -1;
    }

    // At least one word of the run is not a denomination's own modifier ("Greater Bethel", "First", "Penn").
    private static bool NamesACongregation(string text, int start, int space)
    {
        var cursor = start;
        while (cursor < space)
        {
            var wordEnd = text.IndexOf(' ', cursor, space - cursor);
            wordEnd = wordEnd < 0 ? space : wordEnd;
            if (!FaithModifiers.Contains(text.AsSpan(cursor, wordEnd - cursor)))
            {
                return true;
            }

            cursor = wordEnd + 1;
        }

        return false;
    }
}
