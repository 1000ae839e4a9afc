namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The surname before a found given name and a comma, "Surname, Given", the registration order a list, a chart or a sign-out
/// prints (round 52, decision 360): "Moon, Jack fell off a tree stand", "Palaniappan, Revathi is at", "PCP: Quiej, Maria Lourdes",
/// "landlord Bishop, Chase says", "DAY, Sunny vs PRICE, Mark". The rules and the learned detector find the given name (a listed
/// given name in a name's slot) and leave the word before the comma: it opens the post or the line, where no rule reads a
/// capitalised word as a name. The mirror of decision 249's <see cref="GivenNamesAfterFoundSurnames"/>. After a comma a
/// capitalised word is a name or "I" far more often than not, so the slot is the found name; the word is a listed surname or given
/// name, or a word of no English list, of no clinical, eponym, month, holiday, title or person-cue kind and no function word
/// ("Overall, Maria improved", "Sadly, Grace", "ugh, Tayo", "Nurse, Meilin" and "Bishop, Ayita" stay); a town or a state only where it opens a
/// line ("moved to Paris, Maria said" stays). Cheap by construction: only found names are visited, and a word is read only where the
/// two characters before a found name are ", ".
/// </summary>
internal static class SurnamesBeforeFoundGivenNames
{
    // Words that open a sentence or a chat line before a comma and a name without being a surname: sentence adverbs some surname
    // list holds ("Overall, Maria did well"), and chat interjections no English list holds ("ugh, Gurpreet again", "lol, Tayo").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenersBeforeAComma = new HashSet<string>(
        ["Overall", "Otherwise", "Regardless", "Besides", "Instead", "Plus", "Lastly", "Finally", "First", "Second", "Next", "Ugh", "Lol",
         "Omg", "Oh", "Ah", "Um", "Hmm", "Yeah", "Yep", "Nope", "Btw", "Fyi", "Ps", "Re", "So", "Folks", "Docs", "Doc", "Welp", "Meh",
         "Haha", "Yikes", "Whoa", "Aww", "Jk", "Imo", "Tbh", "Wow", "Edit"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var surname = found[c].Type == PhiType.Name ? WordBeforeAComma(index, found[c].Start) : -1;
            var tokens = index.Tokens;
            if (surname >= 0 && IsSurnameInSlot(index, surname) && !ClosesAListItem(index, surname, found[c].Start)
                && !GivenNamesAfterFoundSurnames.FoundAt(found, count, tokens[surname].Start))
            {
                found.Add(new Detection(tokens[surname].Start, tokens[surname].End, PhiType.Name, 0));
            }
        }
    }

    // The token before ", " and a found name's first word, or -1: two characters are read before any token is looked up.
    private static int WordBeforeAComma(TokenIndex index, int nameStart)
    {
        var text = index.Text;
        if (nameStart < 3 || text[nameStart - 1] != ' ' || text[nameStart - 2] != ',')
        {
            return -1;
        }

        var given = FoundTokens.StartingAt(index.Tokens, nameStart);
        return given >= 1 && FoundTokens.Gap(index, given - 1, given) is ", " ? given - 1 : -1;
    }

    private static bool IsSurnameInSlot(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        if (word.Length < 2 || !(FoundTokens.IsTitleCase(word) || IsCapitals(word)) || (index.Kinds[i] & FoundTokens.NeverNamePart) != 0
            || FoundTokens.FunctionWords.Contains(word) || OpenersBeforeAComma.Contains(word) || FoundNameNeighbours.Weekdays.Contains(word)
            || index.IsClinicalTerm(i)
            || NameLexicon.Shared.DiseaseWords.Contains(word))
        {
            return false;
        }

        var opensLine = OpensLine(index, i);
        if (!opensLine && !OpensName(index, i))
        {
            return false;
        }

        if ((index.Kinds[i] & (WordKind.City | WordKind.State)) != 0 && !opensLine)
        {
            return false;
        }

        return index.IsSurname(i) || index.IsFirstName(i) || !index.IsEnglishWord(i);
    }

    // "Ginger Booth 19 AKI, Nou Vue 490B", "Sweet - DKA, Goodman - cellulitis": in a list of patients a clinical abbreviation closes one
    // item and the found name opens the next (decision 375). Before a name in capitals too ("LAMA, NIMA | DOB") the word is the
    // registration's surname, as decision 119's pairs read it. Only a word in capitals reaches the list.
    private static bool ClosesAListItem(TokenIndex index, int i, int nameStart) =>
        IsCapitals(FoundTokens.Word(index, i)) && nameStart + 1 < index.Text.Length && char.IsLower(index.Text[nameStart + 1])
        && KnownClinicalAbbreviations.Holds(index, i);

    // "DAY", "CASH": a registration prints the surname in capitals; three letters with a vowel, as decision 119's pairs ask.
    private static bool IsCapitals(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !word.ContainsAnyInRange('a', 'z') && word.IndexOfAny("AEIOUY") >= 0;

    // No capitalised word one space before it: "Dr. Berry, Mercy" or "Ward Moon, Jack" is another rule's run.
    private static bool OpensName(TokenIndex index, int i) =>
        i == 0 || FoundTokens.Gap(index, i - 1, i) is not " " || !char.IsUpper(index.Text[index.Tokens[i - 1].Start]);

    // The post's or a line's first word, or the first after a colon, a column bar or a list dash: a town or a state there is a
    // surname ("Field, Nereida"); in running text it is a place ("moved to Paris, Maria said").
    private static bool OpensLine(TokenIndex index, int i)
    {
        var text = index.Text;
        var at = index.Tokens[i].Start - 1;
        while (at >= 0 && text[at] == ' ')
        {
            at--;
        }

        return at < 0 || text[at] is '\n' or ':' or '|' or '-' or ';' or '\u2014' or '\u2013';
    }
}
