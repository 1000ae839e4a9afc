namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A name the post repeats (round 13, decision 100): once a word is found as part of a name, the same word elsewhere in the post,
/// capitalised, is the same person ("1. [name] - pneumonia ... 2. Szymański again?", "COFFIN, [given] ... Coffin again?"). Words of a
/// clinical, eponym or other never-a-name kind are not carried, nor short ones, so "Graves" found as a name does not take
/// "Graves' disease" with it.
/// </summary>
internal static class RepeatedNames
{
    private const int MinLength = 3;

    private const int MaxWords = 16;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        Span<int> names = stackalloc int[MaxWords];
        var words = 0;
        var count = found.Count;
        for (var c = 0; c < count && words < MaxWords; c++)
        {
            if (found[c].Type != PhiType.Name)
            {
                continue;
            }

            for (var i = Math.Max(0, FoundTokens.StartingAt(tokens, found[c].Start)); i < tokens.Count && tokens[i].End <= found[c].End && words < MaxWords; i++)
            {
                if (tokens[i].Start >= found[c].Start && Carried(index, i))
                {
                    names[words++] = i;
                }
            }
        }

        if (words == 0)
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!char.IsUpper(index.Text[tokens[i].Start]) || tokens[i].Length < MinLength || !Carried(index, i) || ClinicalAfter(index, i))
            {
                continue;
            }

            var word = FoundTokens.Word(index, i);
            foreach (var n in names[..words])
            {
                if (n != i && tokens[n].Length == word.Length && FoundTokens.Word(index, n).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new Detection(tokens[i].Start, tokens[i].End, PhiType.Name, 0));
                    break;
                }
            }
        }
    }

    private static bool Carried(TokenIndex index, int i) =>
        index.Tokens[i].Length >= MinLength && char.IsUpper(index.Text[index.Tokens[i].Start]) && (index.Kinds[i] & FoundTokens.NeverNamePart) == 0
        && ((index.Cues[i] & WordCue.FunctionWord) == 0 || !FoundTokens.FunctionWords.Contains(FoundTokens.Word(index, i)));

    // "Graves disease", "Murphy's sign": a word the eponym rules mark clinical after it.
    private static bool ClinicalAfter(TokenIndex index, int i) =>
        i + 1 < index.Tokens.Count && (index.Kinds[i + 1] & WordKind.Clinical) != 0 && FoundTokens.Gap(index, i, i + 1) is " ";
}
