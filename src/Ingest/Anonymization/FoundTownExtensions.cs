namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Widens a town the finders found over the rest of a town name joined by "and" or "or" ("Cut and Shoot", "Truth or
/// Consequences"; round 11, decision 082): one capitalised word after the conjunction that closes the clause. "from Dallas and
/// Tylenol" (a drug) stays, and two towns found on their own ("in Boston and Chicago") stay two; the word must end the clause.
/// </summary>
internal static class FoundTownExtensions
{
    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type != PhiType.City)
            {
                continue;
            }

            var last = FoundTokens.EndingAt(index.Tokens, found[c].End);
            if (last < 0 || index.Tokens[last].End != found[c].End || last + 2 >= index.Tokens.Count || FoundTokens.Word(index, last + 1) is not ("and" or "or")
                || FoundTokens.Gap(index, last, last + 1) is not " " || FoundTokens.Gap(index, last + 1, last + 2) is not " " || !FoundTokens.MayBeNamePart(index, last + 2))
            {
                continue;
            }

            // "in Boston and Chicago": two towns found on their own stay two towns.
            var nextStart = index.Tokens[last + 2].Start;
            if (found.Exists(d => d.Start == nextStart && d.Type == PhiType.City))
            {
                continue;
            }

            var end = index.Tokens[last + 2].End;
            if (end == index.Text.Length || index.Text[end] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\n')
            {
                found.Add(new Detection(found[c].Start, end, PhiType.City, found[c].Priority));
            }
        }
    }
}
