using System.Runtime.CompilerServices;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Token look-ups for the rules that read what other detectors already found (a found name's next word, the town before a
/// found postcode): the token a detection starts or ends at, found by binary search over the post's sorted tokens.
/// </summary>
internal static class FoundTokens
{
    /// <summary>Kinds that make a capitalised word no part of a person's or a town's name.</summary>
    public const WordKind NeverNamePart = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.Holiday | WordKind.State | WordKind.Title
        | WordKind.PersonCue | WordKind.Institution | WordKind.HeadNoun | WordKind.PlacePreposition | WordKind.TimePreposition;

    /// <summary>The index of the token that starts at <paramref name="start"/>, or -1.</summary>
    public static int StartingAt(List<NameToken> tokens, int start)
    {
        int low = 0, high = tokens.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var at = tokens[middle].Start;
            if (at == start)
            {
                return middle;
            }

            if (at < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>The index of the last token that ends at or before <paramref name="end"/> (a detection's end), or -1.</summary>
    public static int EndingAt(List<NameToken> tokens, int end)
    {
        int low = 0, high = tokens.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start < end)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && tokens[found].End <= end ? found : -1;
    }

    /// <summary>Whether one of the first <paramref name="count"/> detections covers all of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool CoveredByOne(List<Detection> found, int count, int start, int end)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Start <= start && found[c].End >= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the first <paramref name="count"/> detections overlaps [<paramref name="start"/>, <paramref name="end"/>) at all.</summary>
    public static bool OverlapsAny(List<Detection> found, int count, int start, int end)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Start < end && found[c].End > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds <paramref name="span"/> unless it would cut a longer span found across one of its ends: the resolver would give that
    /// span's words beyond the cut away (decisions 226 and 230: "Petrosyan of [Hollis Brandt] & Kaye", a person of a firm).
    /// </summary>
    public static void AddUncut(List<Detection> found, Detection span)
    {
        foreach (var other in found)
        {
            if ((other.Start < span.Start && other.End > span.Start && other.End < span.End)
                || (other.Start > span.Start && other.Start < span.End && other.End > span.End))
            {
                return;
            }
        }

        found.Add(span);
    }

    // One read of the 16-byte token, and inlined: the rules call this once per token of every post (decision 279's profile: 2.8 %).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> Word(TokenIndex index, int i)
    {
        var token = index.Tokens[i];
        return index.Text.AsSpan(token.Start, token.Length);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is one of <paramref name="cues"/> with a digit within <paramref name="window"/>
    /// characters after it. The length and the digit go first: most words of a post fail them and skip the hash. The digit is
    /// asked of <paramref name="digits"/>, so a walk over the tokens in order searches the post for digits once, not once per word.
    /// </summary>
    public static bool IsCueBeforeDigit(TokenIndex index, int i, ref NextDigit digits, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> cues, int maxLength, int window)
    {
        var token = index.Tokens[i];
        return token.Length >= 2 && token.Length <= maxLength
            && digits.From(token.End) < token.End + window
            && cues.Contains(index.Text.AsSpan(token.Start, token.Length));
    }

    /// <summary>The characters between two tokens (after the left one's possessive).</summary>
    public static ReadOnlySpan<char> Gap(TokenIndex index, int left, int right) =>
        index.Text.AsSpan(index.Tokens[left].PossessiveEnd, Math.Max(0, index.Tokens[right].Start - index.Tokens[left].PossessiveEnd));

    /// <summary>"Crane", "McKee", "O'Neil": a capital, then at least one lower-case letter; not "ICU", not "ok".</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1]);

    /// <summary>A capitalised word that may be part of a name: title case, three letters or more, of no kind that never is.</summary>
    public static bool MayBeNamePart(TokenIndex index, int i) =>
        index.Tokens[i].Length >= 3 && IsTitleCase(Word(index, i)) && (index.Kinds[i] & NeverNamePart) == 0
        && ((index.Cues[i] & WordCue.FunctionWord) == 0 || !FunctionWords.Contains(Word(index, i)));

    // Capitalised function words and sentence adverbs that follow or precede a name without being one ("Maria Will call",
    // "Yesterday, Maria").
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new HashSet<string>(
        ["And", "Or", "But", "Nor", "The", "This", "That", "These", "Those", "Is", "Was", "Are", "Were", "Will", "Would", "Can", "Could", "May",
         "Might", "Must", "Shall", "Should", "Has", "Had", "Have", "Did", "Does", "Said", "Says", "Saw", "Sees", "Called", "Calls", "From",
         "With", "For", "Not", "Yes", "Please", "Thanks", "Thank", "Hi", "Hello", "Hey", "Dear", "Also", "Just", "Then", "Now", "Today",
         "Tonight", "Yesterday", "Tomorrow", "Overnight", "Sadly", "Anyway", "Honestly", "Again", "Luckily", "Unfortunately", "Thankfully",
         "Meanwhile", "Still", "Here", "There", "When", "While", "Who", "What", "Why", "How", "Where", "Which", "Update", "Note", "Sorry",
         "Great", "Good", "Nice", "Well", "Okay", "Ok", "Agree", "Agreed", "Same", "Per", "Via", "Team", "Family", "All", "Any", "Some",
         "Our", "Your", "His", "Her", "Their", "My", "Its", "Not", "Never", "Always", "Only", "Both", "Each", "Every", "After", "Before"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
