namespace Sermo.Analytics.Tagging;

/// <summary>
/// A prefix is written three ways: "non-small cell", "non small cell" and "nonsmall cell"; "post-op", "post op" and
/// "postop"; "pre-eclampsia" and "preeclampsia" (decision 272). The normalizer already makes the hyphen a space, so a
/// row spelled one way needs the other: the prefix closed up onto its word, or split off it. Both are derived from the
/// row's own words, never from the text, so a prefix is only ever joined to the word the row already gives it ("non"
/// is never glued onto a drug name in a post: "non-statin" stays "non statin", which names no class).
/// </summary>
internal static class PrefixJoints
{
    /// <summary>Prefixes physicians write either open or closed. Not "co" (CO, carbon monoxide) nor "re", "para", "bi" (word starts).</summary>
    private static readonly string[] Prefixes =
    [
        "non", "post", "pre", "anti", "beta", "alpha", "intra", "peri", "pseudo", "multi", "hyper", "hypo", "sub", "semi", "auto",
        "poly", "over", "micro",
    ];

    /// <summary>The shortest word left after a prefix that is split off: "pre eclampsia", never "pre dnisone".</summary>
    private const int MinWordAfterPrefix = 4;

    /// <summary>
    /// The closed form (every prefix word joined to the word after it) and the split form (every word that starts with
    /// a prefix and goes on for <see cref="MinWordAfterPrefix"/> letters, split after it); each only when it differs
    /// from the term and is no ordinary word. A split form nobody writes ("pre dnisone" of prednisone) never matches.
    /// </summary>
    public static IEnumerable<string> Of(string normalized, IReadOnlySet<string> commonWords)
    {
        var words = normalized.Split(' ');
        if (Closed(words) is { } closed && !commonWords.Contains(closed))
        {
            yield return closed;
        }

        if (Split(words) is { } split)
        {
            yield return split;
        }
    }

    private static string? Closed(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && IsPrefix(words[i]) && words[i + 1].Length > 0 && char.IsAsciiLetter(words[i + 1][0]))
            {
                joined.Add(words[i] + words[i + 1]);
                i++;
                continue;
            }

            joined.Add(words[i]);
        }

        return joined.Count < words.Length ? string.Join(' ', joined) : null;
    }

    private static string? Split(string[] words)
    {
        string[]? split = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (PrefixOf(words[i]) is { } prefix)
            {
                split ??= (string[])words.Clone();
                split[i] = prefix + " " + words[i][prefix.Length..];
            }
        }

        return split is null ? null : string.Join(' ', split);
    }

    private static bool IsPrefix(string word) => Array.IndexOf(Prefixes, word) >= 0;

    /// <summary>The prefix a word starts with when at least <see cref="MinWordAfterPrefix"/> letters follow it; null otherwise.</summary>
    private static string? PrefixOf(string word)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.Length >= prefix.Length + MinWordAfterPrefix && word.StartsWith(prefix, StringComparison.Ordinal)
                && word.AsSpan(prefix.Length).ContainsOnlyLettersAscii())
            {
                return prefix;
            }
        }

        return null;
    }

    private static bool ContainsOnlyLettersAscii(this ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('a', 'z');
}
