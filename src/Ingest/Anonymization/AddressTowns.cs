namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The town and ZIP code of an address line, read from the line's order rather than from a list of towns (round 12, decision
/// 091). After a street the finders found, ", " or " (" and up to three capitalised words (joined by "and" or "or": "Cut and
/// Shoot") that close at a comma, a bracket, a full stop, a state code or the end are the town, whatever the words mean
/// ("[street], Liberal, 95215", "[street] (Greasy, 43445)"); five digits after ", " following a found town are its ZIP. A found
/// town followed by more capitalised words and a state code is widened over them ("Rabbit Hash KY", "Truth or Consequences NM").
/// </summary>
internal static class AddressTowns
{
    private const int MaxTownWords = 3;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var detection = found[c];
            if (detection.Type == PhiType.Address)
            {
                TownAfterStreet(index, detection.End, found);
            }
            else if (detection.Type == PhiType.City)
            {
                var end = WidenBeforeStateCode(index, detection, found);
                ZipAfterTown(index.Text, end, found);
            }
        }
    }

    private static void TownAfterStreet(TokenIndex index, int streetEnd, List<Detection> found)
    {
        var text = index.Text;
        if (streetEnd + 2 >= text.Length || !(text[streetEnd] is ',' or '(' || (text[streetEnd] == ' ' && text[streetEnd + 1] == '(')))
        {
            return;
        }

        var at = streetEnd;
        while (at < text.Length && text[at] is ',' or ' ' or '(')
        {
            at++;
        }

        var first = FoundTokens.StartingAt(index.Tokens, at);
        if (first < 0 || !FoundTokens.MayBeNamePart(index, first) && !IsCity(index, first))
        {
            return;
        }

        var last = TownWords(index, first);
        if (last < 0)
        {
            return;
        }

        var end = index.Tokens[last].End;
        found.Add(new Detection(index.Tokens[first].Start, end, PhiType.City, 1));
        ZipAfterTown(text, end, found);
    }

    // The last word of a town that closes where an address line's town closes, or -1.
    private static int TownWords(TokenIndex index, int first)
    {
        var tokens = index.Tokens;
        var last = first;
        for (var next = first + 1; next < tokens.Count && next - first < MaxTownWords + 1; next++)
        {
            var gap = FoundTokens.Gap(index, next - 1, next);
            if (gap is not " ")
            {
                break;
            }

            var word = FoundTokens.Word(index, next);
            if (word is "and" or "or" && next + 1 < tokens.Count && FoundTokens.Gap(index, next, next + 1) is " " && FoundTokens.IsTitleCase(FoundTokens.Word(index, next + 1)))
            {
                next++;
                last = next;
                continue;
            }

            if (!FoundTokens.IsTitleCase(word) || (index.Kinds[next] & FoundTokens.NeverNamePart & ~WordKind.State) != 0 || (index.Kinds[next] & WordKind.State) != 0)
            {
                break;
            }

            last = next;
        }

        var end = tokens[last].End;
        return ClosesTown(index, end) ? last : -1;
    }

    private static bool ClosesTown(TokenIndex index, int end)
    {
        var text = index.Text;
        if (end == text.Length || text[end] is ',' or ')' or '.' or ';' or '\n')
        {
            return true;
        }

        return end + 3 <= text.Length && text[end] == ' ' && UsStates.IsState(text.AsSpan(end + 1, 2)) && char.IsAsciiLetterUpper(text[end + 1])
            && (end + 3 == text.Length || !char.IsLetterOrDigit(text[end + 3]));
    }

    // "Rabbit Hash KY": the found "Rabbit" widened over "Hash" because a state code closes the words after it.
    private static int WidenBeforeStateCode(TokenIndex index, Detection town, List<Detection> found)
    {
        var last = FoundTokens.EndingAt(index.Tokens, town.End);
        if (last < 0 || index.Tokens[last].End != town.End || last + 1 >= index.Tokens.Count || FoundTokens.Gap(index, last, last + 1) is not " ")
        {
            return town.End;
        }

        var next = last + 1;
        var word = FoundTokens.Word(index, next);
        if (word is "and" or "or")
        {
            next++;
        }

        if (next >= index.Tokens.Count || FoundTokens.Gap(index, next - 1, next) is not " " || !FoundTokens.IsTitleCase(FoundTokens.Word(index, next))
            || (index.Kinds[next] & (FoundTokens.NeverNamePart | WordKind.State)) != 0)
        {
            return town.End;
        }

        var end = index.Tokens[next].End;
        var text = index.Text;
        if (end + 3 <= text.Length && text[end] == ' ' && UsStates.IsState(text.AsSpan(end + 1, 2)) && char.IsAsciiLetterUpper(text[end + 1]) && char.IsAsciiLetterUpper(text[end + 2])
            && (end + 3 == text.Length || !char.IsLetterOrDigit(text[end + 3])))
        {
            found.Add(new Detection(town.Start, end, PhiType.City, town.Priority));
            return end;
        }

        return town.End;
    }

    // "Pahoa, 11199": five digits (a ZIP+4 too) after a town and a comma, ending there.
    private static void ZipAfterTown(string text, int townEnd, List<Detection> found)
    {
        var at = townEnd;
        if (at + 7 > text.Length || text[at] != ',' || text[at + 1] != ' ')
        {
            return;
        }

        at += 2;
        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]))
        {
            digits++;
        }

        var end = at + digits;
        if (digits == 5 && end + 5 <= text.Length && text[end] == '-' && text.AsSpan(end + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            end += 5;
        }

        if (digits == 5 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
        {
            found.Add(new Detection(at, end, PhiType.Zip, 1));
        }
    }

    private static bool IsCity(TokenIndex index, int i) => (index.Kinds[i] & WordKind.City) != 0 && FoundTokens.IsTitleCase(FoundTokens.Word(index, i));
}
