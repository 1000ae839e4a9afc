using System.Globalization;
using System.Text;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Text ready for detection plus the way back to the original offsets. NUL, control and
/// invisible format characters (zero-width space, soft hyphen, BOM, bidi marks) are removed, because
/// "J\u200Bohn" must still read as a name; a lone UTF-16 surrogate becomes U+FFFD.
/// </summary>
internal sealed class SanitizedText
{
    private readonly int[]? _originalIndex;

    private SanitizedText(string text, int[]? originalIndex, int originalLength)
    {
        Text = text;
        _originalIndex = originalIndex;
        OriginalLength = originalLength;
    }

    public string Text { get; }

    public int OriginalLength { get; }

    public static SanitizedText From(string input)
    {
        var firstBad = FirstCharToClean(input);
        if (firstBad < 0)
        {
            return new SanitizedText(input, null, input.Length);
        }

        var builder = new StringBuilder(input.Length);
        var map = new List<int>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                builder.Append(c).Append(input[i + 1]);
                map.Add(i);
                map.Add(i + 1);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
                map.Add(i);
            }
            else if (!IsDropped(c))
            {
                builder.Append(c);
                map.Add(i);
            }
        }

        return new SanitizedText(builder.ToString(), [.. map], input.Length);
    }

    /// <summary>Maps a span of the sanitized text back onto the original input.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (_originalIndex is null)
        {
            return (start, end);
        }

        return (_originalIndex[start], _originalIndex[end - 1] + 1);
    }

    // Printable ASCII is skipped vectorised; only the rare other characters are classified one by one.
    private static int FirstCharToClean(string input)
    {
        var span = input.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var found = span[offset..].IndexOfAnyExceptInRange(' ', '~');
            if (found < 0)
            {
                return -1;
            }

            var i = offset + found;
            if (char.IsSurrogate(input[i]) || IsDropped(input[i]))
            {
                return i;
            }

            offset = i + 1;
        }

        return -1;
    }

    private static bool IsDropped(char c)
    {
        if (c is '\n' or '\r' or '\t')
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }
}
