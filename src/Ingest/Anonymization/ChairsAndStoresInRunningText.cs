using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 46 (decision 296): a dialysis chair's or a pharmacy store's number in running text, where decision 256's spot rule (a
/// mark after a chair's number) and decision 201's store rule (a "#" or the shop's name before it) do not reach: "has been at
/// chair 7 for 3 years", "sits in chair 11 at Prairie", "from chair 10 is the one", "chairs 18 and 19", "(store 6613)", "Store
/// 1544 on Walnut". Over every readable gold set 26 of 34 chair numbers and 26 of 26 store numbers were labelled; pooled misses
/// in rounds 31, 33, 38 and 43. A chair's number only before a place or clause word (at, for, is, was, in, on, since, with, and
/// a second chair's number), so "chair 2 hours", "the chair 3 days post-op" and round 27's unlabelled "dialysis chair 9 had a
/// cramp" stay; a store's three to six digits only in brackets, after "Store" opening a sentence or before " on " and a
/// capital, so "we store 300 vials" stays. Found by one vectorised search of the post for the two nouns.
/// </summary>
internal static class ChairsAndStoresInRunningText
{
    private const int ChairMaxDigits = 2;

    private const int StoreMinDigits = 3;

    private const int StoreMaxDigits = 6;

    private static readonly SearchValues<string> NounValues = SearchValues.Create(["chair ", "chairs ", "store ", "Store "], StringComparison.Ordinal);

    // The word after a chair's number that makes it a place one person sits: "chair 7 for 3 years", "chair 11 at Prairie".
    private static readonly string[] ChairClauseWords = [" at ", " for ", " is ", " was ", " in ", " on ", " since ", " with ", " and "];

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, NounValues);
        while (hits.Next(out var noun))
        {
            var at = text.IndexOf(' ', noun) + 1;
            hits.From = at;
            if (noun > 0 && (RegexScan.IsWordChar(text, noun - 1) || text[noun - 1] == '-'))
            {
                continue; // "armchair 2", "high-chair"
            }

            hits.From = text[noun] == 'c' ? Chairs(text, at, listed: false, found) : Store(text, noun, at, found);
        }
    }

    // "chair 7 for", "chairs 3 and 4.", "chairs 18, 19 and 20": each number of one or two digits; a lone one before a clause word.
    private static int Chairs(string text, int at, bool listed, List<Detection> found)
    {
        var digits = RoomNumbers.Digits(text, at);
        if (digits is < 1 or > ChairMaxDigits || RegexScan.IsWordChar(text, at + digits))
        {
            return at;
        }

        var end = at + digits;
        var next = NextListedNumber(text, end);
        if (next < 0 && !listed && !StartsWithAny(text.AsSpan(end), ChairClauseWords))
        {
            return end;
        }

        found.Add(new Detection(at, end, PhiType.Account, 4));
        return next < 0 ? end : Chairs(text, next, listed: true, found);
    }

    // Where the next chair's number of a list starts ("3 and 4", "18, 19"), or -1.
    private static int NextListedNumber(string text, int end)
    {
        var rest = text.AsSpan(end);
        var gap = rest.StartsWith(" and ") ? 5 : rest.StartsWith(", ") ? 2 : rest.StartsWith(" or ") ? 4 : 0;
        return gap > 0 && RegexScan.IsDigit(text, end + gap) && RoomNumbers.Digits(text, end + gap) <= ChairMaxDigits ? end + gap : -1;
    }

    // "(store 6613)", "Store 1544 on Walnut", "store 312 on Main": the verb ("we store 300 vials") has none of these around it.
    private static int Store(string text, int noun, int at, List<Detection> found)
    {
        var digits = RoomNumbers.Digits(text, at);
        var end = at + digits;
        if (digits is < StoreMinDigits or > StoreMaxDigits || RegexScan.IsWordChar(text, end))
        {
            return at;
        }

        var bracketed = noun > 0 && text[noun - 1] == '(' && end < text.Length && text[end] == ')';
        var opensSentence = text[noun] == 'S' && SentenceStartsAt(text, noun);
        var beforeStreet = text.AsSpan(end).StartsWith(" on ") && end + 4 < text.Length && char.IsUpper(text[end + 4]);
        if (bracketed || opensSentence || beforeStreet)
        {
            found.Add(new Detection(at, end, PhiType.Account, 4));
        }

        return end;
    }

    private static bool SentenceStartsAt(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(' ');
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or '\n' or ':';
    }

    private static bool StartsWithAny(ReadOnlySpan<char> rest, string[] words)
    {
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
