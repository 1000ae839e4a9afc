using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 52 (decision 366): a school, town or team named between "the" and the event it played: "hurt at the Cy-Fair game", "the
/// Friendswood game", "the Roanoke tournament", "the Shoshoni High Wranglers game". Over the gold posts of rounds 10-48 such a run was
/// an identifier 8 times in 4 rounds and a plain word once ("the Homecoming game"). One to three title-case words
/// (<see cref="TitleCaseRunBefore"/>) after a lower-case "the" and before " game", " meet", " tournament" or " invitational". The
/// kind of game is not a place: a holiday, weekday or month ("the Thanksgiving game") and the words that name a game's rank or
/// kind ("Homecoming", "Championship", "Super Bowl", "State", "Varsity") refuse the run.
/// Cost (decisions 093, 300, 312): one vectorised ordinal search of the post for the four event words with their space; at a hit
/// the walk back over at most three words and one set lookup a word.
/// </summary>
internal static class TeamsBeforeGameWords
{
    private static readonly SearchValues<string> EventWordValues =
        SearchValues.Create([" game", " meet", " tournament", " invitational"], StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EventWordForms = new HashSet<string>(
        ["game", "games", "meet", "meets", "tournament", "tournaments", "invitational", "invitationals"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that say which game, not whose: ranks, seasons and kinds of game, with the holidays and weekdays.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GameKindWords = new HashSet<string>(
        ["Homecoming", "Championship", "Super", "Bowl", "State", "Varsity", "JV", "Junior", "Senior", "Home", "Away", "Big", "Final", "Finals",
         "Playoff", "Playoffs", "Rivalry", "Regional", "Regionals", "Sectional", "District", "Conference", "National", "Nationals", "World",
         "Cup", "Olympic", "Olympics", "Special", "Little", "League", "Opening", "Season", "Title", "All-Star", "Pro", "College",
         .. Holidays.Words],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, EventWordValues);
        while (hits.Next(out var space))
        {
            var end = EventWordEnd(text, space);
            hits.From = space + 1;
            if (end < 0 || RegexScan.IsWordChar(text, end))
            {
                continue;
            }

            var (start, words) = TitleCaseRunBefore.Find(text, space, capitalsToo: false);
            if (words == 0 || start < 4 || !text.AsSpan(start - 4, 4).SequenceEqual("the ") || NamesTheGamesKind(text, start, space))
            {
                continue;
            }

            FoundTokens.AddUncut(found, new Detection(start, space, PhiType.City, 1));
        }
    }

    // The event word after the space, read whole: "games" and "meets" count, "gamey" and "meeting" do not.
    private static int EventWordEnd(string text, int space)
    {
        var end = space + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return EventWordForms.Contains(text.AsSpan(space + 1, end - space - 1)) ? end : -1;
    }

    private static bool NamesTheGamesKind(string text, int start, int space)
    {
        var run = text.AsSpan(start, space - start);
        foreach (var range in run.Split(' '))
        {
            if (GameKindWords.Contains(run[range]) || CalendarWords.Weekdays.Contains(run[range]))
            {
                return true;
            }
        }

        return false;
    }
}
