namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Words whose place next to a name the finders found makes them part of it or another name (round 12, decision 091):
/// a word of the name lists before a single found name ("Cash [surname]"); a kin-style title or a capitalised particle before it ("Auntie Ubah", "Nurse Hieu", "Tita Baby", "Ní Bhriain", "Ó Ceallaigh");
/// a census surname that is also an eponym right after a found given name when punctuation closes it ("Wren Fisher.", but
/// "Wells score" and "Brook Lisfranc injury" stay); and the next names of a list that a found name opens ("Story, Willow, River." or "Lamb and Bloom.").
/// </summary>
internal static class FoundNameNeighbours
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KinTitles = new HashSet<string>(
        ["Auntie", "Aunty", "Aunt", "Uncle", "Tita", "Tito", "Tia", "Tio", "Tía", "Tío", "Lola", "Lolo", "Nana", "Nanna", "Granny", "Gran", "Grandma",
         "Grandpa", "Papa", "Mama", "Big", "Little", "Lil", "Nurse", "Sister", "Brother", "Cousin", "Baba", "Ama", "Abuela", "Abuelo", "Bibi", "Oma", "Opa"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = new HashSet<string>(
        ["Ó", "Ní", "Nic", "Mac", "Mhic", "Uí", "Bin", "Ibn", "Bint", "Abu", "Dela", "Delos", "San", "Santa"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = new HashSet<string>(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceVerbs = new HashSet<string>(
        ["Will", "May", "Mark", "Sue", "Grant", "Chase", "Said", "Saw", "Hope", "Call", "Bill", "Pat", "Rob", "Drew", "Faith"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var name = found[c];
            if (name.Type != PhiType.Name)
            {
                continue;
            }

            var first = FoundTokens.StartingAt(index.Tokens, name.Start);
            var last = FoundTokens.EndingAt(index.Tokens, name.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            var start = first == last ? WordNameBefore(index, first) ?? TitleOrParticleBefore(index, first) : TitleOrParticleBefore(index, first);
            var end = EponymSurnameAfter(index, first, last);
            if (start < name.Start || end > name.End)
            {
                found.Add(new Detection(Math.Min(start, name.Start), Math.Max(end, name.End), PhiType.Name, name.Priority));
            }

            ListAfter(index, last, found);
        }
    }

    private static int TitleOrParticleBefore(TokenIndex index, int first)
    {
        var start = index.Tokens[first].Start;
        for (var p = first - 1; p >= 0 && first - p <= 2; p--)
        {
            var word = FoundTokens.Word(index, p);
            if (FoundTokens.Gap(index, p, p + 1) is not " " || !(KinTitles.Contains(word) || Particles.Contains(word)))
            {
                break;
            }

            start = index.Tokens[p].Start;
        }

        return start;
    }

    // "Cash [surname]", "Bliss Morse": a word of the name lists (a given name that is also an English word) right before a found
    // single name, as FoundNameExtensions takes a listed given name; "Will Crane be there?" opens with a verb and stays.
    private static int? WordNameBefore(TokenIndex index, int first)
    {
        var p = first - 1;
        if (p < 0 || FoundTokens.Gap(index, p, first) is not " " || index.Tokens[p].IsPossessive || (index.Kinds[p] & (WordKind.NameWord | WordKind.FirstName)) == 0
            || !FoundTokens.MayBeNamePart(index, p) || (index.Tokens[p].SentenceStart && SentenceVerbs.Contains(FoundTokens.Word(index, p))))
        {
            return null;
        }

        return TitleOrParticleBefore(index, p);
    }

    // "Wren Fisher", "Summer Wells, husband deployed": a census surname the eponym list holds, after one found given name, with no
    // clinical noun marked after it (EponymPhrases marks "Wells score" clinical first).
    private static int EponymSurnameAfter(TokenIndex index, int first, int last)
    {
        var end = index.Tokens[last].End;
        var next = last + 1;
        if (first != last || next >= index.Tokens.Count || FoundTokens.Gap(index, last, next) is not " " || index.Tokens[next].IsPossessive
            || (index.Kinds[first] & WordKind.FirstName) == 0)
        {
            return end;
        }

        var kinds = index.Kinds[next];
        var eponymSurname = (kinds & WordKind.Eponym) != 0 && (kinds & WordKind.Surname) != 0 && (kinds & WordKind.Clinical) == 0;
        if (!eponymSurname || !FoundTokens.IsTitleCase(FoundTokens.Word(index, next)))
        {
            return end;
        }

        // Only where the name closes ("Wren Fisher.", "Summer Wells, husband deployed"): a word after it may be the eponym's noun
        // ("Brook Lisfranc injury", "Wells criteria").
        var after = index.Tokens[next].End;
        return after == index.Text.Length || index.Text[after] is ',' or '.' or ';' or ':' or '!' or '?' or ')' ? after : end;
    }

    // "Story, Willow, River." and "Lamb and Bloom.": a capitalised word of the name lists after a found name, set off by ", " or
    // " and ", that closes the clause or continues the list ("[name], Osgood-Schlatter disease" is no list of names).
    private static void ListAfter(TokenIndex index, int last, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        for (var next = last + 1; next < tokens.Count && next - last <= 4; next++)
        {
            var gap = FoundTokens.Gap(index, next - 1, next);
            if (gap is not (", " or " and " or ", and " or " & "))
            {
                return;
            }

            var word = FoundTokens.Word(index, next);
            if (!FoundTokens.MayBeNamePart(index, next) || Weekdays.Contains(word) || (index.Kinds[next] & (WordKind.ListedName | WordKind.NameWord | WordKind.RarerNameWord)) == 0)
            {
                return;
            }

            var end = tokens[next].PossessiveEnd;
            var closes = end == text.Length || text[end] is '.' or ',' or ';' or '!' or '?' or '\n' or ')'
                || text.AsSpan(end).StartsWith(" and ", StringComparison.Ordinal);
            if (!closes)
            {
                return;
            }

            found.Add(new Detection(tokens[next].Start, tokens[next].End, PhiType.Name, 0));
        }
    }
}
