using System.Text;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Aspects;

/// <summary>
/// The text the aspect model reads for one drug mention: the mention's sentence (at most <see cref="MaxWords"/>
/// words each side), the mention itself written as <c>targetdrug</c> and every other drug as <c>otherdrug</c>, so the
/// model learns what is said about a drug, not which drug, and "Eliquis is fine, Xarelto was a nightmare" reads
/// differently for each.
/// </summary>
public static class AspectContext
{
    public const string Target = "targetdrug";
    public const string Other = "otherdrug";
    public const int MaxWords = 25;

    public static bool IsDrug(TaggedEntity entity) => entity.Type is EntityType.Brand or EntityType.Generic;

    /// <summary>
    /// The window around <paramref name="entities"/>[<paramref name="target"/>] (a drug mention of <paramref name="text"/>),
    /// with the range of <paramref name="text"/> it covers.
    /// </summary>
    public static (string Text, int Start, int End) Window(string text, IReadOnlyList<TaggedEntity> entities, int target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var mention = entities[target];
        var (start, end) = Sentence(text, mention.Start, mention.End);
        start = WordsBack(text, start, mention.Start, MaxWords);
        end = WordsForward(text, mention.End, end, MaxWords);
        var window = new StringBuilder(end - start + 16);
        var at = start;
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (!IsDrug(entity) || entity.Start < at || entity.End > end)
            {
                continue;
            }

            window.Append(text, at, entity.Start - at).Append(i == target ? Target : Other);
            at = entity.End;
        }

        window.Append(text, at, end - at);
        return (window.ToString(), start, end);
    }

    /// <summary>The sentence holding [start, end): bounded by . ! ? (followed by a space or the end) or a line break.</summary>
    private static (int Start, int End) Sentence(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !EndsSentence(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !EndsSentence(text, to))
        {
            to++;
        }

        return (from, Math.Min(text.Length, to + 1));
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] is '\n' or '!' or '?' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    private static int WordsBack(string text, int limit, int from, int words)
    {
        var i = from;
        while (i > limit && words > 0)
        {
            i--;
            if (char.IsWhiteSpace(text[i]) && i > limit && !char.IsWhiteSpace(text[i - 1]))
            {
                words--;
            }
        }

        return words == 0 ? i + 1 : limit;
    }

    private static int WordsForward(string text, int from, int limit, int words)
    {
        var i = from;
        while (i < limit && words > 0)
        {
            if (char.IsWhiteSpace(text[i]) && i + 1 < limit && !char.IsWhiteSpace(text[i + 1]))
            {
                words--;
            }

            i++;
        }

        return words == 0 ? i - 1 : limit;
    }
}
