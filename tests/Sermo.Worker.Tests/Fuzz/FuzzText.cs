using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// Malformed input of the kinds an adversary or a broken partner sends: junk bytes, invalid UTF-8, lone surrogates,
/// control characters, bidi marks, overlong values, deep nesting, wrong types, implausible dates, near-misses of the
/// real syntax. Every generator draws from one seeded <see cref="Random"/>, so a run repeats exactly.
/// </summary>
internal sealed class FuzzText(Random random)
{
    private static readonly string[] Words =
        ["eliquis", "apixaban", "warfarin", "AND", "OR", "NOT", "and", "not", "metfor*", "*", "a*", "brand:humira", "brand:",
         "disease:E11", "disease:\"type 2 diabetes\"", "specialty:cardiology", "state:TX", "sentiment:negative", "sentiment:meh",
         "ae:true", "ae:maybe", "date:2026-01-01..2026-03-31", "date:..", "date:2026-13-01..", "date:2026-03-01..2026-01-01", "date:0001-01-01..9999-12-31",
         "foo:bar", "\"atrial fibrillation\"", "\"", "\"\"", "(", ")", "((", "))", ":", "-", "a-fib", "🙂", "\u202E", "\0", "\uD800", "é", "ß", "İ"];

    private static readonly string[] Pieces =
        ["", " ", "\t", "\r\n", "\n", "\0", "\u0001", "\u0002", "\u0003", "\u001b[31m", "\uFEFF", "\u202E", "\u200B", "\uD83D", "\uDE00", "\uD800x",
         "%00", "%", "&", "=", "?", "#", "/", "\\", "..", "../", "..\\", "'", "\"", "<script>", "{", "}", "[", "]", "@", "$", "*", "~",
         "𝔸", "日本語", "Ω", "İstanbul", "9", "-1", "0", "2147483648", "1e999", "NaN", "null", "true"];

    public Random Random => random;

    public int Next(int max) => random.Next(max);

    public int Next(int min, int max) => random.Next(min, max);

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A short run of odd characters and syntax fragments.</summary>
    public string Junk(int maxPieces = 12)
    {
        var text = new StringBuilder();
        var count = random.Next(1, maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            text.Append(Chance(0.5) ? Pick(Pieces) : ((char)random.Next(0x20, 0x7F)).ToString());
        }

        return text.ToString();
    }

    /// <summary>Query-language soup: real tokens, operators and fields in wrong places, odd characters, nesting.</summary>
    public string Query()
    {
        var shape = random.Next(10);
        return shape switch
        {
            0 => Junk(30),
            1 => new string('(', random.Next(1, 40)) + "eliquis" + new string(')', random.Next(0, 40)),
            2 => string.Join(Pick(new[] { " OR ", " AND ", " NOT ", " ", " AND NOT " }), Enumerable.Range(0, random.Next(1, 140)).Select(i => "w" + i)),
            3 => new string('a', random.Next(1900, 2100)),
            4 => string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => "NOT")) + " eliquis",
            _ => string.Join(Chance(0.8) ? " " : "", Enumerable.Range(0, random.Next(1, 16)).Select(_ => Chance(0.85) ? Pick(Words) : Junk(3))),
        };
    }

    /// <summary>Put in the property names of lines that are not JSON: no dead letter may quote it (privacy rule P9).</summary>
    public const string PhiMarker = "zzFuzzPhi";

    /// <summary>A value for a query parameter, a path segment or a header.</summary>
    public string Value() => random.Next(8) switch
    {
        0 => "",
        1 => random.Next(-5, 300).ToString(CultureInfo.InvariantCulture),
        2 => Pick(new[] { "2026-03-01", "2026-13-01", "0001-01-01", "9999-12-31", "2026-02-30", "yesterday", "20260301" }),
        3 => Pick(new[] { "day", "week", "month", "Week", "fortnight", "relevance", "newest", "oldest" }),
        4 => new string('z', random.Next(100, 5000)),
        5 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Junk())),
        _ => Junk(),
    };

    /// <summary>One line of the drop format, broken in one of many ways (or left valid).</summary>
    public string DropLine(string id)
    {
        var fields = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["author"] = "partner-" + random.Next(40),
            ["createdAt"] = "2026-0" + random.Next(1, 9) + "-1" + random.Next(0, 9) + "T10:00:00Z",
            ["specialty"] = "cardiology",
            ["state"] = "TX",
            ["text"] = "Eliquis and apixaban dosing in week " + random.Next(50) + ", patient doing fine.",
        };
        var broken = random.Next(24);
        switch (broken)
        {
            case 0: return Junk(40);
            case 1: return "{\"id\": \"" + id;
            case 2: return "[" + JsonSerializer.Serialize(fields) + "]";
            case 3: return new string('{', random.Next(2, 200)) + new string('}', random.Next(0, 200));
            case 4: return "\"just a string\"";
            case 5: fields.Remove(Pick(fields.Keys.ToList())); break;
            case 6: fields[Pick(fields.Keys.ToList())] = null; break;
            case 7: fields[Pick(fields.Keys.ToList())] = random.Next(); break;
            case 8: fields[Pick(fields.Keys.ToList())] = new[] { 1, 2 }; break;
            case 9: fields["createdAt"] = Pick(new[] { "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "yesterday", "1999-12-31T23:59:59Z", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00" }); break;
            case 10: fields["text"] = new string('x', random.Next(90_000, 120_000)); break;
            case 11: fields["text"] = Junk(60); break;
            case 12: fields["text"] = "\uD800 lone surrogate " + Junk(); break;
            case 13: fields["id"] = Pick(new[] { "", " ", "../../etc/passwd", "id with spaces", new string('i', 300), "ümlaut", "a\u0000b" }); break;
            case 14: fields["specialty"] = Junk(); fields["state"] = Junk(); break;
            case 15: fields["extra"] = new string('e', random.Next(10, 1000)); break;
            case 16: return Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(fields)));
            case 17: return "";
            case 18: return "   \t ";
            // Not JSON, with a name and an MRN put in a property name: the parser's message would quote it (P9).
            case 22: return "{\"" + PhiMarker + " Jane Roe MRN " + random.Next(10_000_000, 99_999_999) + "\": 1, \"id\": \"" + id;
            case 23: return "{\"id\": \"" + id + "\", \"" + PhiMarker + " Jane Roe\": ]";
            default: break;
        }

        return JsonSerializer.Serialize(fields);
    }

    /// <summary>Bytes of a whole drop or push body: mostly lines, sometimes raw junk bytes, invalid UTF-8, no final newline.</summary>
    public byte[] DropBody(string prefix, int lines)
    {
        if (Chance(0.05))
        {
            var raw = new byte[random.Next(1, 20_000)];
            random.NextBytes(raw);
            return raw;
        }

        var body = new MemoryStream();
        for (var i = 0; i < lines; i++)
        {
            var line = Encoding.UTF8.GetBytes(DropLine($"{prefix}-{i}"));
            if (Chance(0.03) && line.Length > 4)
            {
                line[random.Next(line.Length)] = (byte)Pick(new[] { 0xC3, 0xFF, 0x80, 0xED });
            }

            body.Write(line);
            if (i < lines - 1 || Chance(0.7))
            {
                body.Write(Chance(0.1) ? "\r\n"u8 : "\n"u8);
            }
        }

        return body.ToArray();
    }
}
