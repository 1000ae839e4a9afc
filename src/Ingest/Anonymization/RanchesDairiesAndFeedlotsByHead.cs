using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 346): a ranch, dairy, feedlot or farm named by one to three capitalised words before its head noun, which
/// no facility rule reads: "the Lazy J Ranch", "Circle Bar Cattle Co", "Twin Oaks Dairy", "Three Forks Feedlot", "Goat Hollow
/// Farm". A brand or a single letter often stands in the run ("Bar T", "Triple R"), so the name lists and the learned detector
/// miss it; with the injury it finds the one hand or rancher as a workplace does. Over every readable gold set (rounds 10-48)
/// such runs stand 62 times labelled and once not (an insurer, "State Farm", a run of a kind word alone, which this rule leaves); the misses pool
/// in rounds 21, 28, 30, 32, 37, 44 and 48. Left: a run of kind words alone ("State Farm", "Family Farm", "the Dairy"), a head
/// followed by another capitalised word ("Dairy Queen", "Farm Bureau", "Ranch Road 12": a brand or an address the street rules
/// read), and a head in lower case ("the Lazy J ranch"), which is as often a kind as a name. Found by one vectorised, ordinal
/// search of the post for the head nouns, then a walk back over the words before each.
/// </summary>
internal static class RanchesDairiesAndFeedlotsByHead
{
    private static readonly string[] Heads = ["Ranch", "Dairy", "Feedlot", "Farms", "Farm", "Cattle Company", "Cattle Co"];

    private static readonly SearchValues<string> HeadValues = SearchValues.Create(Heads, StringComparison.Ordinal);

    // Words that open a sentence or a phrase, not one farm's name: dropped from the front of a run ("At Twin Oaks Dairy").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new HashSet<string>(
    [
        "A", "An", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "Its", "At", "To", "From", "In", "On", "By",
        "With", "And", "Or", "For", "Of", "Near", "Via", "Called", "Visited", "Works", "Worked",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that say what kind of farm it is, not which: a run of them alone stays ("State Farm", "Organic Dairy", "Goat Farm"),
    // while one beside a named word goes whole ("Goat Hollow Farm").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KindWords = new HashSet<string>(
    [
        "State", "Family", "Local", "Organic", "Dairy", "Cattle", "Horse", "Poultry", "Chicken", "Turkey", "Hog", "Pig", "Sheep",
        "Goat", "Mink", "Fish", "Fur", "Tree", "Christmas", "Pumpkin", "Wind", "Solar", "Server", "Body", "Animal", "Ant", "Puppy",
        "Dude", "Guest", "Working", "Hobby", "Factory", "Truck", "Youth", "Boys", "Girls", "Recovery", "Farm", "Ranch", "Feedlot",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, HeadValues);
        while (hits.Next(out var head))
        {
            var headEnd = CapitalisedRunBeforeHead.HeadEnd(text, head, Heads); // "Cattle Company" before "Cattle Co"
            hits.From = headEnd;
            if (head < 2 || text[head - 1] != ' ' || RegexScan.IsWordChar(text, headEnd) || CapitalisedRunBeforeHead.NextWordIsCapitalised(text, headEnd))
            {
                continue; // inside a word ("Rancho", "Farmington"), at a line start, or a brand or an address ("Dairy Queen")
            }

            var start = NamedRunStart(text, head);
            if (start < head)
            {
                found.Add(new Detection(start, headEnd, PhiType.City, 1));
            }
        }
    }

    // The start of the capitalised words before the head (up to three, single spaces) past the openers at its front; the
    // head itself when no word, or only openers and words of a farm's kind, stand there.
    private static int NamedRunStart(string text, int head)
    {
        // starts[] runs from the head backwards; past the openers at its front, keep the rest whole if any word of it names the farm.
        Span<int> starts = stackalloc int[CapitalisedRunBeforeHead.MaxWords];
        var first = CapitalisedRunBeforeHead.FrontPastOpeners(text, head, starts, Openers);
        for (var w = first; w >= 0; w--)
        {
            if (!KindWords.Contains(CapitalisedRunBeforeHead.Word(text, starts, w, head)))
            {
                return starts[first];
            }
        }

        return head;
    }
}
