namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A place's name goes on across its joining words (round 35, decision 226). Many places without a head noun are several
/// capitalised parts joined by a lower-case word ("Sunrise of Parma", "Good Samaritan of the Prairie", "Our Lady of the Lakes",
/// "St. Luke's in Twin Falls"): the finders take the capitalised parts and leave the joining word, so the place is read as
/// "[CITY] of [CITY]" and its name is half told. Three shapes, each anchored on a place already found:
/// <list type="bullet">
/// <item>two found words joined by "of", "de", "du", "upon"... (an article may follow: "of the", "de la") become one place when
/// either is a place, or when both are names joined by "of the" ("Good Samaritan of the Prairie" reads as two names);</item>
/// <item>a found place after "in" right after another found place ("St. Mary's in Huntingburg": a facility in its town);</item>
/// <item>one to three capitalised words right before "of"/"of the" and a found place ("Sunrise of [town]", "Ancient Order of
/// [town]"), or right after a found place and "of"/"of the" ("[found] of the Lakes"), when no clinical, eponym, month, holiday,
/// state, title or function-word kind marks them; a word opening a sentence must be no English word ("Most of Dayton" stays).</item>
/// </list>
/// Reads only the tokens around found places: the lists it asks are cached per token by <see cref="TokenIndex"/>.
/// </summary>
internal static class PlacesAcrossJoiningWords
{
    private const int MaxWords = 3;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var left = found[c];
            if (left.Type is not (PhiType.City or PhiType.Address or PhiType.Name))
            {
                continue;
            }

            var last = FoundTokens.EndingAt(index.Tokens, left.End);
            if (last < 0 || index.Tokens[last].PossessiveEnd < left.End)
            {
                continue;
            }

            var (after, joinedByOfThe, joinedByIn) = JoiningWordsAfter(index, last);
            if (after < 0)
            {
                continue;
            }

            var right = FoundStartingAt(found, count, index.Tokens[after].Start);
            if (right >= 0)
            {
                var rightType = found[right].Type;
                var eitherPlace = IsPlace(left.Type) || IsPlace(rightType);
                var joins = joinedByIn ? IsPlace(left.Type) && IsPlace(rightType) : eitherPlace || (joinedByOfThe && rightType == PhiType.Name);
                // "Dr. Chen of Boston": a person and where she works are two identifiers, kept as two.
                if (joins && !AfterTitle(index, left))
                {
                    FoundTokens.AddUncut(found, new Detection(left.Start, found[right].End, PhiType.City, left.Priority));
                }

                continue;
            }

            // "[found place] of the Lakes": the rest of the name after "of", when the found word is a place.
            if (!joinedByIn && IsPlace(left.Type) && IsOf(index, last + 1))
            {
                var end = PlacePartsFrom(index, after);
                if (end >= 0)
                {
                    FoundTokens.AddUncut(found, new Detection(left.Start, end, PhiType.City, left.Priority));
                }
            }
        }

        for (var c = 0; c < count; c++)
        {
            if (IsPlace(found[c].Type))
            {
                PartsBeforeOf(index, found, found[c]);
            }
        }
    }

    private static bool AfterTitle(TokenIndex index, Detection left)
    {
        var first = FoundTokens.StartingAt(index.Tokens, left.Start);
        return left.Type == PhiType.Name && first > 0 && (index.Kinds[first - 1] & (WordKind.Title | WordKind.PersonCue)) != 0;
    }

    private static bool IsPlace(PhiType type) => type is PhiType.City or PhiType.Address;

    // "Sunrise of [town]", "Ancient Order of the [town]": one to three place parts before "of" (and "the") and the found place.
    private static void PartsBeforeOf(TokenIndex index, List<Detection> found, Detection place)
    {
        var first = FoundTokens.StartingAt(index.Tokens, place.Start);
        if (first < 2)
        {
            return;
        }

        var of = first - 1;
        if (FoundTokens.Word(index, of) is "the" && FoundTokens.Gap(index, of, first) is " ")
        {
            of--;
        }

        if (of < 1 || !IsOf(index, of) || FoundTokens.Gap(index, of, of + 1) is not " " || FoundTokens.Gap(index, of - 1, of) is not " ")
        {
            return;
        }

        var start = -1;
        for (var i = of - 1; i >= 0 && of - i <= MaxWords && IsPlacePart(index, i); i--)
        {
            start = i;
            if (i == 0 || FoundTokens.Gap(index, i - 1, i) is not " " || index.Tokens[i].SentenceStart)
            {
                break;
            }
        }

        // A part opening a sentence must be no English word: "Most of Dayton", "Half of Boston" stay; a surname after a title is a
        // person from the town ("Dr. Okafor of Toledo"), two identifiers.
        if (start >= 0 && (!index.Tokens[start].SentenceStart || !index.IsEnglishWord(start))
            && (start == 0 || (index.Kinds[start - 1] & (WordKind.Title | WordKind.PersonCue)) == 0))
        {
            FoundTokens.AddUncut(found, new Detection(index.Tokens[start].Start, place.End, PhiType.City, place.Priority));
        }
    }

    // After token <paramref name="last"/>: " of ", " of the ", " de la ", " in "... The token after them, or -1.
    private static (int After, bool OfThe, bool In) JoiningWordsAfter(TokenIndex index, int last)
    {
        var tokens = index.Tokens;
        var join = last + 1;
        if (join + 1 >= tokens.Count || FoundTokens.Gap(index, last, join) is not " ")
        {
            return (-1, false, false);
        }

        var word = FoundTokens.Word(index, join);
        var isIn = word is "in";
        if (!isIn && word is not ("of" or "de" or "del" or "du" or "des" or "da" or "do" or "upon" or "sur"))
        {
            return (-1, false, false);
        }

        var after = join + 1;
        var ofThe = false;
        if (!isIn && FoundTokens.Word(index, after) is "the" or "la" or "le" or "los" or "las" or "les" && after + 1 < tokens.Count
            && FoundTokens.Gap(index, join, after) is " ")
        {
            ofThe = word is "of" && FoundTokens.Word(index, after) is "the";
            join = after;
            after++;
        }

        return FoundTokens.Gap(index, join, after) is " " ? (after, ofThe, isIn) : (-1, false, false);
    }

    private static bool IsOf(TokenIndex index, int i) => FoundTokens.Word(index, i) is "of";

    // The end of one to three place parts from token <paramref name="first"/>, each a space apart, or -1.
    private static int PlacePartsFrom(TokenIndex index, int first)
    {
        var end = -1;
        for (var i = first; i < index.Tokens.Count && i - first < MaxWords && IsPlacePart(index, i); i++)
        {
            end = index.Tokens[i].End;
            if (i + 1 >= index.Tokens.Count || FoundTokens.Gap(index, i, i + 1) is not " ")
            {
                break;
            }
        }

        return end;
    }

    // A title-case word of no kind that is never part of a name ("Lakes", "Sunrise", "Order"; not "ICU", "Graves", "June", and not
    // "Port", which the clinical list holds: "Port of [town]" keeps its first word).
    private static bool IsPlacePart(TokenIndex index, int i) =>
        FoundTokens.MayBeNamePart(index, i) && !index.IsClinicalTerm(i);

    private static int FoundStartingAt(List<Detection> found, int count, int start)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Start == start)
            {
                return c;
            }
        }

        return -1;
    }
}
