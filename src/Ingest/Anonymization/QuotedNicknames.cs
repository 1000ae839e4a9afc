namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A nickname in quotes in a post that says it is one (round 12, decision 091): when the post speaks of a real name, a nickname,
/// what someone goes by, is called or signs ("real name", "goes by", "calls him", "signed"), each quoted run of one or two
/// capitalised words, or an initial ('"Tiny"', '"Bongbong"', '"G."'), names that person. Without such a word a quote is a quote
/// ('"stronger"', '"Ouch"'), and a clinical word in quotes stays.
/// </summary>
internal static class QuotedNicknames
{
    private const int MaxLength = 24;

    private static readonly string[] Cues = ["real name", "goes by", "nickname", "calls him", "calls her", "call him", "call her", "called him",
        "called her", "signs", "signed", "known as", "aka"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (text.IndexOfAny(['"', '\u201C']) < 0 || !HasCue(text))
        {
            return;
        }

        for (var open = text.IndexOfAny(['"', '\u201C']); open >= 0 && open + 1 < text.Length; open = text.IndexOfAny(['"', '\u201C'], open + 1))
        {
            var close = text.IndexOfAny(['"', '\u201D'], open + 1);
            if (close < 0)
            {
                return;
            }

            // A quote the finders already read (a nickname between name words: 'Rose "Bug" Sparrow') is left to them.
            if (close - open - 1 is > 0 and <= MaxLength && IsNameRun(index, open + 1, close) && !found.Exists(d => d.Start <= close && d.End >= open))
            {
                found.Add(new Detection(open + 1, close, PhiType.Name, 1));
            }

            open = close;
        }
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
    private static bool IsNameRun(TokenIndex index, int start, int end)
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
            if (!FoundTokens.IsTitleCase(FoundTokens.Word(index, i)) || (index.Kinds[i] & (WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.State)) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
