using System.Text.RegularExpressions;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Shared plumbing for the pattern detectors. Every pattern is compiled with
/// RegexOptions.NonBacktracking: matching is linear in the input, so "1-2-3-4-" repeated
/// 100,000 times cannot trigger catastrophic backtracking. NonBacktracking has no lookarounds,
/// so the boundary checks a lookbehind would do are written out here.
/// </summary>
internal static class RegexScan
{
    public const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    public const RegexOptions LinearIgnoreCase = Linear | RegexOptions.IgnoreCase;

    /// <summary>The one empty anchor list the filters return when nothing passes (read only: never add to it), instead of a new list per post.</summary>
    public static readonly List<(int Start, int End)> NoAnchors = [];

    /// <summary>A pattern of <paramref name="pattern"/> under <paramref name="options"/>, built when a window first needs it (see <see cref="LinearRegex"/>).</summary>
    public static LinearRegex Create(string pattern, RegexOptions options = Linear) => new(pattern, options);

    /// <summary>The span of the group named "id" when the pattern has one and it matched, else the whole match.</summary>
    public static (int Start, int End) IdentifierOf(Match match)
    {
        var id = match.Groups["id"];
        return id.Success ? (id.Index, id.Index + id.Length) : (match.Index, match.Index + match.Length);
    }

    public static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');

    /// <summary>
    /// Where the name word that ends at <paramref name="end"/> starts: letters, apostrophes and hyphens ("O'Neill", "Abu-Bakr"),
    /// and dots when <paramref name="withDots"/> ("St.", "Mt."); <paramref name="end"/> itself when none. The rules that walk back
    /// over a run of capitalised words before a head noun read each word by it.
    /// </summary>
    public static int NameWordStartBefore(string text, int end, bool withDots = false)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '-' || (withDots && text[start - 1] == '.')))
        {
            start--;
        }

        return start;
    }

    public static bool IsDigit(string text, int index) =>
        index >= 0 && index < text.Length && char.IsAsciiDigit(text[index]);

    /// <summary>True when <paramref name="keyword"/> occurs (case-insensitively) within <paramref name="window"/> chars before <paramref name="index"/> on the same line.</summary>
    public static bool KeywordBefore(string text, int index, string keyword, int window)
    {
        var from = Math.Max(0, index - window);
        var before = text.AsSpan(from, index - from);
        var newline = before.LastIndexOf('\n');
        if (newline >= 0)
        {
            before = before[(newline + 1)..];
        }

        return before.Contains(keyword, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The word right before <paramref name="index"/>, past spaces and a colon ("lives at", "address:"); empty at a line start.</summary>
    public static ReadOnlySpan<char> WordBefore(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(' ').TrimEnd(':').TrimEnd(' ');
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return before[start..];
    }

    /// <summary>True when the word right before <paramref name="index"/> (see <see cref="WordBefore"/>) is one of <paramref name="words"/>, ignoring case.</summary>
    public static bool WordBeforeIsAny(string text, int index, ReadOnlySpan<string> words)
    {
        var word = WordBefore(text, index);
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="before"/> ends with one of <paramref name="words"/> (a word or a phrase, ignoring case) that
    /// starts a word: "came in" ends "she came in", not "overcame in".
    /// </summary>
    public static bool EndsWithAnyWord(ReadOnlySpan<char> before, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The anchors with a digit at most <paramref name="before"/> chars before or <paramref name="after"/> chars after them:
    /// a date needs its day or year next to the month ("March 4", "4th of March", "Jan, 2026"), so "may" the verb
    /// and "in March we started" never open a regex window.
    /// </summary>
    public static List<(int Start, int End)> WithDigitNear(string text, List<(int Start, int End)> anchors, int before, int after)
    {
        List<(int Start, int End)>? near = null;
        foreach (var anchor in anchors)
        {
            var from = Math.Max(0, anchor.Start - before);
            var to = Math.Min(text.Length, anchor.End + after);
            if (ContainsDigit(text.AsSpan(from, anchor.Start - from)) || ContainsDigit(text.AsSpan(anchor.End, to - anchor.End)))
            {
                (near ??= []).Add(anchor);
            }
        }

        return near ?? NoAnchors;
    }

    public static bool ContainsDigit(ReadOnlySpan<char> span) => span.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>A word that opens with a capital and a letter after it ("Calle", "NW"; not "I" or "5th").</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && char.IsLetter(word[1]);

    public static (int Start, int End) TrimTrailing(string text, int start, int end, string chars)
    {
        while (end > start && chars.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return (start, end);
    }
}

internal static class WindowedRegex
{
    // A window stretches to whitespace so that \b at its edges means what it means in the whole text,
    // but never further than this, so a hostile post without spaces cannot make windows overlap without end.
    private const int MaxStretch = 256;

    /// <summary>
    /// The matches of <paramref name="pattern"/> inside windows around the anchors: from
    /// <paramref name="before"/> chars before each anchor to <paramref name="after"/> chars after it.
    /// Overlapping windows are merged, so each character is scanned at most once per regex. A window with fewer than
    /// <paramref name="minDigits"/> ASCII digits is skipped unscanned (most of the patterns need one, a phone needs 7,
    /// and most windows around words like "patient" or "years" have none), and so is a match with fewer
    /// ("chart review" matches the MRN pattern's shape, but only a value with a digit is an identifier).
    /// </summary>
    public static IEnumerable<Match> MatchesNear(LinearRegex pattern, string text, List<(int Start, int End)> anchors, int before, int after, int minDigits = 0) =>
        anchors.Count == 0 ? [] : Scan(pattern, text, anchors, before, after, minDigits);

    private static IEnumerable<Match> Scan(LinearRegex pattern, string text, List<(int Start, int End)> anchors, int before, int after, int minDigits)
    {
        var index = 0;
        var previousEnd = 0;
        while (index < anchors.Count)
        {
            var rawStart = Math.Max(0, anchors[index].Start - before);
            var rawEnd = Math.Min(text.Length, anchors[index].End + after);
            index++;
            while (index < anchors.Count && anchors[index].Start - before <= rawEnd)
            {
                rawEnd = Math.Max(rawEnd, Math.Min(text.Length, anchors[index].End + after));
                index++;
            }

            // Stretched once per merged window, so the cost stays linear however dense the anchors are.
            var start = Math.Max(previousEnd, Stretch(text, rawStart, -1));
            var end = Stretch(text, rawEnd, +1);
            previousEnd = end;
            if (end <= start || !HasDigits(text.AsSpan(start, end - start), minDigits))
            {
                continue;
            }

            // A short window is scanned by the backtracking twin, which is built in well under a millisecond; only a long
            // one, where backtracking could be slow, needs the linear pattern and pays for building it (see LinearRegex).
            var finder = end - start <= MaxBacktrackingWindow ? pattern.Backtracking : pattern.Linear;

            // Bounds first, without captures and without allocating: a NonBacktracking match that must report its
            // groups runs a third, much slower phase. Only the rare real match is run again, on its own span, for its groups.
            foreach (var bounds in FindBounds(finder, text, start, end))
            {
                if (!HasDigits(text.AsSpan(bounds.Start, bounds.Length), minDigits))
                {
                    continue;
                }

                // A short match is read again by the backtracking twin (the NonBacktracking capture pass takes a lock
                // and a slow NFA walk per call); a long one, where backtracking could be slow, by the linear pattern.
                var reader = bounds.Length <= MaxBacktrackingSpan ? pattern.Backtracking : pattern.Linear;
                var match = reader.Match(text, bounds.Start, bounds.Length);
                if (match.Success)
                {
                    yield return match;
                }
            }
        }
    }

    private const int MaxBacktrackingSpan = 80;

    // The longest window the backtracking twin scans. Every pattern here has bounded nesting, so backtracking over a
    // window of this length costs at most a fixed multiple of it: the scrubber stays linear in the post.
    private const int MaxBacktrackingWindow = 256;

    private static bool HasDigits(ReadOnlySpan<char> span, int minDigits)
    {
        var count = 0;
        while (count < minDigits)
        {
            var next = span.IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return false;
            }

            count++;
            span = span[(next + 1)..];
        }

        return true;
    }

    private static List<(int Start, int Length)> FindBounds(Regex regex, string text, int start, int end)
    {
        List<(int Start, int Length)>? bounds = null;
        foreach (var match in regex.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            (bounds ??= []).Add((start + match.Index, match.Length));
        }

        return bounds ?? NoBounds;
    }

    private static readonly List<(int Start, int Length)> NoBounds = [];

    private static int Stretch(string text, int position, int direction)
    {
        for (var steps = 0; steps < MaxStretch; steps++)
        {
            if (direction < 0 ? position <= 0 || char.IsWhiteSpace(text[position - 1]) : position >= text.Length || char.IsWhiteSpace(text[position]))
            {
                return position;
            }

            position += direction;
        }

        return position;
    }
}

/// <summary>
/// A linear (NonBacktracking) pattern and its backtracking twin, each built on first use. Building a NonBacktracking regex
/// turns its character classes into decision diagrams: 0-77 ms of CPU each here, 0.77 s for the detectors' 33, against
/// 14 ms for all 33 interpreted twins (decision 147). Short windows and matches, nearly all of them, are run by the twin
/// (<see cref="WindowedRegex"/>), so a run builds a linear pattern only when a long window needs it. The engines gave the
/// same matches for all 33 over 200,000 forum posts' whole texts; over the gold sets' whole texts only <c>Phone</c>
/// differed, in 4 posts where NonBacktracking missed or shifted a number backtracking found (decision 147).
/// </summary>
internal sealed class LinearRegex(string pattern, RegexOptions options)
{
    // ExecutionAndPublication: two scrubbing threads asking at once build the pattern once.
    private readonly Lazy<Regex> _linear = new(() => new Regex(pattern, options));

    // Interpreted, not Compiled: compiling ~33 patterns to IL costs a short run more CPU than it saves (decision 147).
    private readonly Lazy<Regex> _backtracking = new(() => new Regex(pattern, options & ~RegexOptions.NonBacktracking));

    /// <summary>The linear pattern: for windows and matches too long for the twin.</summary>
    public Regex Linear => _linear.Value;

    /// <summary>The same pattern for backtracking: for short windows and matches only, where it has nothing to blow up.</summary>
    public Regex Backtracking => _backtracking.Value;
}
