using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sermo.Analytics.Tagging;

/// <summary>
/// Lowercased, diacritic-folded text with an offset map back to the original. Hyphens, dashes, slashes and
/// underscores become spaces; whitespace runs collapse to one space (or one newline, which ends a sentence);
/// a possessive "'s" and other apostrophes are dropped. Buffers are pooled: dispose after use.
/// </summary>
internal sealed class NormalizedText : IDisposable
{
    // Latin-1 Supplement and Latin Extended-A letters (U+00C0..U+017F) folded to their base letter.
    private const string FoldSource = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string FoldTarget = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
    private static readonly char[] FoldTable = BuildFoldTable();

    // Plain ASCII (letters, digits, punctuation that is neither space-like nor an apostrophe) takes one table load
    // instead of the predicate chain below; built from those same predicates, so both paths agree by construction.
    private static readonly char[] AsciiPlainFold = BuildAsciiPlainFold();

    private char[] _chars;
    private int[] _start;
    private int[] _end;

    private NormalizedText(string original, char[] chars, int[] start, int[] end, int length)
    {
        Original = original;
        _chars = chars;
        _start = start;
        _end = end;
        Length = length;
    }

    public string Original { get; }
    public int Length { get; }
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    /// <summary>Original offset of the first source character of normalized character <paramref name="index"/>.</summary>
    public int OriginalStart(int index) => _start[index];

    /// <summary>Original exclusive end of the normalized range ending (exclusive) at <paramref name="end"/>.</summary>
    public int OriginalEnd(int end) => _end[end - 1];

    public static NormalizedText Create(string text)
    {
        var capacity = (text.Length * 2) + 1; // 'ß' expands to "ss"
        var chars = ArrayPool<char>.Shared.Rent(capacity);
        var start = ArrayPool<int>.Shared.Rent(capacity);
        var end = ArrayPool<int>.Shared.Rent(capacity);
        var n = 0;
        var pendingSpace = -1; // original index of a whitespace run not yet emitted
        var pendingNewline = false;

        var plainFold = AsciiPlainFold;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < plainFold.Length && plainFold[c] != '\0')
            {
                FlushSpace(chars, start, end, ref n, ref pendingSpace, ref pendingNewline);

                chars[n] = plainFold[c];
                start[n] = i;
                end[n] = i + 1;
                n++;
                continue;
            }

            if (IsSpaceLike(c))
            {
                if (pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                pendingNewline |= c is '\n' or '\r';
                continue;
            }

            if (IsApostrophe(c))
            {
                // Possessive 's is dropped entirely ("Crohn's" -> "crohn"); any other apostrophe just vanishes ("didn't" -> "didnt").
                var possessive = i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
                var skipTo = possessive ? i + 1 : i;
                if (n > 0 && pendingSpace < 0)
                {
                    end[n - 1] = skipTo + 1;
                }

                i = skipTo;
                continue;
            }

            if (c is >= '\u0300' and <= '\u036F')
            {
                // A combining mark belongs to the previous letter: fold it away, keep it inside the surface.
                if (n > 0 && pendingSpace < 0)
                {
                    end[n - 1] = i + 1;
                }

                continue;
            }

            FlushSpace(chars, start, end, ref n, ref pendingSpace, ref pendingNewline);

            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (c == 'ß')
            {
                chars[n] = 's';
                start[n] = i;
                end[n] = i + 1;
                n++;
                chars[n] = 's';
            }
            else
            {
                chars[n] = Fold(c);
            }

            start[n] = i;
            end[n] = i + width;
            n++;
            if (width == 2)
            {
                // Keep surrogate pairs whole in the map; the low half becomes an opaque non-word char.
                chars[n] = '\uFFFD';
                start[n] = i;
                end[n] = i + 2;
                n++;
                i++;
            }
        }

        return new NormalizedText(text, chars, start, end, n);
    }

    /// <summary>Normalizes a lexicon term exactly the way <see cref="Create"/> normalizes text.</summary>
    public static string NormalizeTerm(string term)
    {
        using var normalized = Create(term);
        return normalized.Chars.Trim().ToString();
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>The first position at or after <paramref name="position"/> that is not a space.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> chars, int position)
    {
        while (position < chars.Length && chars[position] == ' ')
        {
            position++;
        }

        return position;
    }

    /// <summary>The position before the spaces that end at <paramref name="position"/>.</summary>
    public static int SkipSpacesBack(ReadOnlySpan<char> chars, int position)
    {
        while (position > 0 && chars[position - 1] == ' ')
        {
            position--;
        }

        return position;
    }

    /// <summary>
    /// The word that ends before the spaces at <paramref name="position"/> (empty after punctuation), and where it starts,
    /// so a caller can read the word before it too: the frames "for her sugar" and "for the knee pain" need two.
    /// </summary>
    public static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> chars, int position, out int wordStart)
    {
        var end = SkipSpacesBack(chars, position);
        wordStart = end;
        while (wordStart > 0 && IsWordChar(chars[wordStart - 1]))
        {
            wordStart--;
        }

        return chars[wordStart..end];
    }

    public void Dispose()
    {
        if (_chars.Length == 0)
        {
            return;
        }

        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_start);
        ArrayPool<int>.Shared.Return(_end);
        _chars = [];
        _start = [];
        _end = [];
    }

    /// <summary>Emits a pending whitespace run as one space (or newline, which ends sentences) before the next kept character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FlushSpace(char[] chars, int[] start, int[] end, ref int n, ref int pendingSpace, ref bool pendingNewline)
    {
        if (pendingSpace < 0)
        {
            return;
        }

        if (n > 0)
        {
            chars[n] = pendingNewline ? '\n' : ' ';
            start[n] = pendingSpace;
            end[n] = pendingSpace + 1;
            n++;
        }

        pendingSpace = -1;
        pendingNewline = false;
    }

    private static bool IsSpaceLike(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '/' or '_' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`';

    private static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        var lower = char.ToLowerInvariant(c);
        return lower < FoldTable.Length && FoldTable[lower] != '\0' ? FoldTable[lower] : lower;
    }

    private static char[] BuildAsciiPlainFold()
    {
        var table = new char[128];
        for (var c = '\u0001'; c < table.Length; c++)
        {
            if (!IsSpaceLike(c) && !IsApostrophe(c))
            {
                table[c] = Fold(c);
            }
        }

        return table;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x180];
        for (var i = 0; i < FoldSource.Length; i++)
        {
            table[FoldSource[i]] = FoldTarget[i];
        }

        table['æ'] = 'a';
        table['œ'] = 'o';
        return table;
    }
}
