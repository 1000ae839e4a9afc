namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Hospital room and unit-bed numbers, and the names a sign-out list writes beside them (round 12, decision 091). A number after
/// "room", "rm", "bed" or "bay" ("rm 512", "room 12-61", "bed 613-1", "Rm 609A") and a unit-bed shape with no label ("6W-18",
/// "4W-22": digits, a compass letter, a hyphen, digits) place a patient below the state, as a street line does; they become an
/// address. A single digit ("bay 4", "bed 2") is a bay of an ED board, not a place anyone can be found by, and stays, as does a
/// number with a unit after it ("head of bed 30 degrees"). In a list of rooms the capitalised words right after the number, or
/// opening the line before its label ("- Stone rm 512:", "3W-1 Burns CHF"), are the patient. Since round 27 (decision 175) a
/// plane's seat and a ship's cabin too ("seat 31C", "cabin 7214"): they place a traveller as a room places a patient; on every
/// gold set such a number of two characters or more was an identifier each time (18 of 18). Since round 33 (decision 212) the
/// other numbered places a person is found at by the same kind of number: a flat ("apt 2C"), a berth ("slip 276"), a stand at a
/// fair or conference ("booth 87") and a bed of a camp or shelter ("bunk 212", "cot 14"). Since round 35 (decision 224) a room
/// or cell written with its letter ("room B-221", "rm 4F-35", "cell C-14", "cell block G-8", "housing unit Y-6", "block G2",
/// "unit 4B"): after "cell", "block", "pod" and "unit" only such a lettered number, so "white cell 12" stays ("unit 314" is
/// <see cref="LabelledRecordNumbers"/>' since round 43, decision 268). Since round 44 (decision 284) an office suite ("suite 1204",
/// "Ste 210": part of a street address, or a room a person is in) and a lone digit whose words place a person
/// (<see cref="LoneDigitRooms"/>: "in rm 7", "bed 4 is Kowalczyk"). Since round 51 (decision 354) the numbers listed after a found
/// one (<see cref="RoomsListedAfterAFoundOne"/>: "rooms 301 and 310"), after the names, so a listed number names no one.
/// </summary>
internal static class RoomNumbers
{
    // A jail's or a youth unit's cell and housing block (round 35, decision 224): "cell C-14", "cell block G-8", "housing unit
    // Y-6", "pod 2B", "unit 4B". Ordinary words before counts too ("white cell 12", "heart block 2", "unit 12 of the course",
    // "pod 30"), so after them only a number with a capital letter in it is a place (declared before Labels, which reads it).
    private static readonly string[] LetteredOnlyLabels = ["cell", "block", "pod", "unit"];

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = new HashSet<string>(
        ["room", "rm", "bed", "bay", "rooms", "rms", "beds", "seat", "cabin", "apt", "slip", "booth", "bunk", "cot", "suite", "ste",
         // Round 54 (decision 387): a dock's berth and a racetrack's or a farm's stall and barn place a worker as a slip does
         // ("berth 14", "stall 38", "barn 12"); every such number on the readable gold sets was an identifier (5 of 5).
         "berth", "stall", "barn", .. LetteredOnlyLabels], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new HashSet<string>(
        ["degrees", "deg", "percent", "mg", "ml", "cm", "mm", "min", "mins", "minutes", "hours", "hrs", "days", "times", "x", "patients", "pts"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var rooms = found.Count;
        var labels = (index.AnyCues & WordCue.RoomLabel) != 0 ? tokens.Count : 0; // no label-shaped word: only the unlabelled shapes
        for (var i = 0; i < labels; i++)
        {
            var token = tokens[i];
            if (token.Length is < 2 or > 5 || (index.Cues[i] & WordCue.RoomLabel) == 0 || !Labels.Contains(FoundTokens.Word(index, i)))
            {
                continue;
            }

            var at = token.End;
            if (at < text.Length && text[at] == '.')
            {
                at++;
            }

            while (at < text.Length && text[at] is ' ' or '#')
            {
                at++;
            }

            var end = NumberEnd(text, at);
            if (end > at && (!IsLoneDigit(text, at, end) || LoneDigitRooms.PlacesAPerson(index, i, at, end)) && !UnitFollows(text, end)
                && (!IsLetteredOnlyLabel(FoundTokens.Word(index, i)) || IsLetteredCell(text.AsSpan(at, end - at))))
            {
                found.Add(new Detection(at, end, PhiType.Address, 1));
                NameOpeningTheLine(index, i, found);
                SuiteJoinsStreet(index, i, end, found);
            }
        }

        UnitBedShapes(text, found);
        var added = found.Count;
        for (var c = rooms; c < added; c++)
        {
            if (found[c].Type == PhiType.Address)
            {
                NameAfterRoom(index, found[c].End, found);
            }
        }

        var named = found.Count;
        for (var c = rooms; c < named; c++)
        {
            if (found[c].Type == PhiType.Address)
            {
                RoomsListedAfterAFoundOne.Detect(text, found[c].Start, found[c].End, found); // round 51 (decision 354): "beds 14 and 15"
            }
        }
    }

    // "9538 Harmon Cir, suite 112": a suite right after a found street is part of its address (decision 284), so the address
    // runs on over it. Here, after the learned detector, and not in StreetDetector's pattern, which the name model reads.
    private static void SuiteJoinsStreet(TokenIndex index, int label, int end, List<Detection> found)
    {
        var word = FoundTokens.Word(index, label);
        if (!word.Equals("suite", StringComparison.OrdinalIgnoreCase) && !word.Equals("ste", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var text = index.Text;
        var streetEnd = index.Tokens[label].Start - 1;
        if (streetEnd > 0 && text[streetEnd - 1] == ',')
        {
            streetEnd--;
        }

        var street = found.FindIndex(d => d.Type == PhiType.Address && d.End == streetEnd && d.Start < streetEnd);
        if (streetEnd > 0 && street >= 0)
        {
            found.Add(new Detection(found[street].Start, end, PhiType.Address, 1));
        }
    }

    // "C-14", "G-8", "4B", "4B-21": a capital with a hyphen after it, or digits before it. "block T4" and "block C5" (a spinal
    // level: "paravertebral block T4") and "cell B12" have neither and stay.
    private static bool IsLetteredCell(ReadOnlySpan<char> number) =>
        number.Length >= 2 && (char.IsAsciiLetterUpper(number[0]) ? number[1] == '-' : number.ContainsAnyInRange('A', 'Z'));

    private static bool IsLetteredOnlyLabel(ReadOnlySpan<char> word)
    {
        foreach (var label in LetteredOnlyLabels)
        {
            if (word.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "512", "609A", "12-61", "613-1", "5W-5", "4F-35": digits, then a letter, or a hyphen and digits, or a capital, a hyphen and
    // digits; since round 35 also a capital first ("B-221", "G-8", "G2": one capital, a hyphen at most, one to four digits).
    private static int NumberEnd(string text, int at)
    {
        if (at < text.Length && char.IsAsciiLetterUpper(text[at]))
        {
            var digitsAt = at + 1 < text.Length && text[at + 1] == '-' ? at + 2 : at + 1;
            var lettered = Digits(text, digitsAt);
            var letteredEnd = digitsAt + lettered;
            return lettered is >= 1 and <= 4 && !(letteredEnd < text.Length && char.IsLetterOrDigit(text[letteredEnd])) ? letteredEnd : at;
        }

        var digits = Digits(text, at);
        if (digits is 0 or > 5)
        {
            return at;
        }

        var end = at + digits;
        if (end + 2 < text.Length && char.IsAsciiLetterUpper(text[end]) && text[end + 1] == '-' && char.IsAsciiDigit(text[end + 2]))
        {
            end += 2;
            end += Digits(text, end);
        }
        else if (end + 1 < text.Length && text[end] == '-' && char.IsAsciiDigit(text[end + 1]))
        {
            var more = Digits(text, end + 1);
            if (more > 3)
            {
                return at;
            }

            end += 1 + more;
        }
        else if (end < text.Length && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        return end < text.Length && char.IsLetterOrDigit(text[end]) ? at : end;
    }

    // "6W-18", "7W-32" with no label: the digit before a compass letter and a hyphen, not inside a longer word or number.
    private static void UnitBedShapes(string text, List<Detection> found)
    {
        for (var dash = text.IndexOf('-'); dash >= 0; dash = text.IndexOf('-', dash + 1))
        {
            if (dash < 2 || !IsCompass(text[dash - 1]) || !char.IsAsciiDigit(text[dash - 2]) || dash + 1 >= text.Length || !char.IsAsciiDigit(text[dash + 1]))
            {
                continue;
            }

            var start = dash - 2;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]) && dash - start < 3)
            {
                start--;
            }

            if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                continue;
            }

            var end = dash + 1 + Digits(text, dash + 1);
            if (end - dash - 1 <= 3 && (end == text.Length || !char.IsLetterOrDigit(text[end])) && !found.Exists(d => d.Start <= start && d.End >= end))
            {
                found.Add(new Detection(start, end, PhiType.Address, 1));
            }
        }
    }

    // "- Stone rm 512:": a capitalised word opening the line right before the room's label.
    private static void NameOpeningTheLine(TokenIndex index, int label, List<Detection> found)
    {
        var name = label - 1;
        if (name >= 0 && index.Tokens[name].SentenceStart && FoundTokens.Gap(index, name, label) is " " && (FoundTokens.MayBeNamePart(index, name) || IsEponymWord(index, name)))
        {
            found.Add(new Detection(index.Tokens[name].Start, index.Tokens[name].End, PhiType.Name, 1));
        }
    }

    // "room 9-76 Dusty Magalhães Wernicke's ...", "3W-1 Burns CHF": up to two capitalised words right after the number.
    private static void NameAfterRoom(TokenIndex index, int roomEnd, List<Detection> found)
    {
        var text = index.Text;
        if (roomEnd + 1 >= text.Length || text[roomEnd] != ' ')
        {
            return;
        }

        var first = FoundTokens.StartingAt(index.Tokens, roomEnd + 1);
        if (first < 0 || !(FoundTokens.MayBeNamePart(index, first) || IsEponymWord(index, first) || BeforePossessiveEponym(index, first)))
        {
            return;
        }

        var last = first;
        var next = first + 1;
        if (next < index.Tokens.Count && FoundTokens.Gap(index, first, next) is " " && !index.Tokens[first].IsPossessive && !index.Tokens[next].IsPossessive
            && FoundTokens.IsTitleCase(FoundTokens.Word(index, next)) && ((index.Kinds[next] & FoundTokens.NeverNamePart) == 0 || BeforePossessiveEponym(index, next)))
        {
            last = next;
        }

        found.Add(new Detection(index.Tokens[first].Start, index.Tokens[last].End, PhiType.Name, 1));
    }

    // "Duke", "Hunter", "Robin" are eponyms too; right after a room number, and not marked clinical by a disease noun, they are the patient.
    private static bool IsEponymWord(TokenIndex index, int i) =>
        index.Tokens[i].Length >= 3 && FoundTokens.IsTitleCase(FoundTokens.Word(index, i)) && (index.Kinds[i] & WordKind.Eponym) != 0
        && (index.Kinds[i] & (FoundTokens.NeverNamePart & ~WordKind.Eponym)) == 0;

    // "room 9-76 Dusty Magalhães Wernicke's encephalopathy": EponymPhrases marks every capitalised word before the disease noun
    // clinical, but nothing before a possessive eponym belongs to its phrase. A title-case word, not itself possessive, with the
    // possessive eponym one or two words on, is the patient's.
    private static bool BeforePossessiveEponym(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        if (tokens[i].IsPossessive || tokens[i].Length < 2 || !FoundTokens.IsTitleCase(FoundTokens.Word(index, i)) || (index.Kinds[i] & (WordKind.Title | WordKind.Month | WordKind.State)) != 0)
        {
            return false;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 2; k++)
        {
            if (tokens[k].IsPossessive && (index.Kinds[k] & WordKind.Eponym) != 0)
            {
                return true;
            }

            if (!FoundTokens.IsTitleCase(FoundTokens.Word(index, k)))
            {
                return false;
            }
        }

        return false;
    }

    internal static bool UnitFollows(string text, int end)
    {
        if (end < text.Length && text[end] is '%' or '\u00B0')
        {
            return true;
        }

        var start = end + 1;
        if (end >= text.Length || text[end] != ' ' || start >= text.Length)
        {
            return false;
        }

        var stop = start;
        while (stop < text.Length && char.IsAsciiLetter(text[stop]))
        {
            stop++;
        }

        return stop > start && Units.Contains(text.AsSpan(start, stop - start));
    }

    private static bool IsLoneDigit(string text, int at, int end) => end - at == 1 && char.IsAsciiDigit(text[at]);

    private static bool IsCompass(char c) => c is 'N' or 'S' or 'E' or 'W';

    internal static int Digits(string text, int at)
    {
        var n = 0;
        while (at + n < text.Length && char.IsAsciiDigit(text[at + n]))
        {
            n++;
        }

        return n;
    }
}
