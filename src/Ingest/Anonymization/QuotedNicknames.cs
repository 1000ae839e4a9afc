namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A nickname in quotes in a post that says it is one (round 12, decision 091): when the post speaks of a real name, a nickname,
/// what someone goes by, is called or signs ("real name", "goes by", "calls him", "signed"), each quoted run of one or two
/// capitalised words, or an initial ('"Tiny"', '"Bongbong"', '"G."'), names that person. Without such a word a quote is a quote
/// ('"stronger"', '"Ouch"'), and a clinical word in quotes stays.
/// Round 40 (decision 249): without such a word, a quoted nickname just before a surname ('"Red" Haskell', '"Bubba" Okonjo') is
/// the way people are introduced, and both go: the surname is a name found so far, or a capitalised word of no English, name-word,
/// clinical, state or eponym list (a town's name is a surname too: "Haskell"), so a quoted word before a common noun ('"Code" Blue', '"Whipple" Procedure') stays.
/// </summary>
internal static class QuotedNicknames
{
    private const int MaxLength = 24;

    private const WordKind NeverNickname = WordKind.Eponym | WordKind.Month | WordKind.State;

    private static readonly string[] Cues = ["real name", "goes by", "nickname", "calls him", "calls her", "call him", "call her", "called him",
        "called her", "signs", "signed", "known as", "aka"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (text.IndexOfAny(['"', '\u201C']) < 0)
        {
            return;
        }

        var hasCue = HasCue(text);

        for (var open = text.IndexOfAny(['"', '\u201C']); open >= 0 && open + 1 < text.Length; open = text.IndexOfAny(['"', '\u201C'], open + 1))
        {
            var close = text.IndexOfAny(['"', '\u201D'], open + 1);
            if (close < 0)
            {
                return;
            }

            // A quote the finders already read (a nickname between name words: 'Rose "Bug" Sparrow') is left to them.
            if (close - open - 1 is > 0 and <= MaxLength && !found.Exists(d => d.Start <= close && d.End >= open))
            {
                // Decision 249: before a surname the nickname may be a word a clinical list holds too ("Red", "Sugar").
                var surname = SurnameAfter(index, found, close);
                if ((hasCue && IsNameRun(index, open + 1, close, clinicalToo: false)) || (surname >= 0 && IsNameRun(index, open + 1, close, clinicalToo: true)))
                {
                    found.Add(new Detection(open + 1, close, PhiType.Name, 1));
                    if (surname >= 0)
                    {
                        found.Add(new Detection(index.Tokens[surname].Start, index.Tokens[surname].End, PhiType.Name, 1));
                    }
                }
            }

            open = close;
        }
    }

    // Decision 249: the token just after the closing quote and one space, when it is a name found so far or surname-shaped (see
    // the summary; a name-word such as "Blue" or "Honey" only when found), or -1.
    private static int SurnameAfter(TokenIndex index, List<Detection> found, int close)
    {
        var text = index.Text;
        if (close + 2 >= text.Length || text[close + 1] != ' ')
        {
            return -1;
        }

        var next = FoundTokens.StartingAt(index.Tokens, close + 2);
        if (next < 0 || !FoundTokens.MayBeNamePart(index, next)
            || (index.Kinds[next] & (WordKind.Clinical | WordKind.Eponym | WordKind.State | WordKind.Month | WordKind.Holiday | WordKind.HeadNoun | WordKind.Institution)) != 0
            || index.IsClinicalTerm(next))
        {
            return -1;
        }

        var start = index.Tokens[next].Start;
        if (found.Exists(d => d.Type == PhiType.Name && d.Start == start))
        {
            return next;
        }

        return !index.IsEnglishWord(next) && (index.Kinds[next] & (WordKind.NameWord | WordKind.RarerNameWord)) == 0 ? next : -1;
    }

    private static bool HasCue(string text)
    {
        foreach (var cue in Cues)
        {
            var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + cue.Length == text.Length || !char.IsLetter(text[at + cue.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // One or two capitalised words, or one initial with its dot, filling the quotes.
    private static bool IsNameRun(TokenIndex index, int start, int end, bool clinicalToo)
    {
        var first = FoundTokens.StartingAt(index.Tokens, start);
        if (first < 0)
        {
            return false;
        }

        var token = index.Tokens[first];
        if (token.Length == 1 && token.PeriodAfter && char.IsAsciiLetterUpper(index.Text[token.Start]) && token.End + 1 == end)
        {
            return true;
        }

        var last = first;
        while (last < index.Tokens.Count && index.Tokens[last].End < end && last - first < 1)
        {
            last++;
        }

        if (last >= index.Tokens.Count || index.Tokens[last].End != end)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (!FoundTokens.IsTitleCase(FoundTokens.Word(index, i)) || (index.Kinds[i] & (clinicalToo ? NeverNickname : NeverNickname | WordKind.Clinical)) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
