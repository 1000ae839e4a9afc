using System.Globalization;
using System.Text;

namespace Sermo.Worker.Cli;

/// <summary>Decodes the raw bytes of a JSON string that <c>Utf8JsonReader.GetString</c> refused, replacing what is not text with U+FFFD.</summary>
internal static class JsonStringText
{
    public static string DecodeLeniently(ReadOnlySpan<byte> escaped)
    {
        var raw = Encoding.UTF8.GetString(escaped); // invalid UTF-8 bytes become U+FFFD
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = raw[++i];
            if (next == 'u' && i + 4 < raw.Length && ushort.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 4;
                continue;
            }

            builder.Append(next switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => next });
        }

        // Surrogates that pair up stay; a lone one becomes U+FFFD.
        for (var i = 0; i < builder.Length; i++)
        {
            if (char.IsHighSurrogate(builder[i]) && i + 1 < builder.Length && char.IsLowSurrogate(builder[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(builder[i]))
            {
                builder[i] = '\uFFFD';
            }
        }

        return builder.ToString();
    }
}
