using System.Globalization;
using System.Text;

internal sealed record Planted(string Type, string Value);

/// <summary>Expands one post's templates: slots are bound once per post so a post talks about one drug consistently.</summary>
internal sealed class Composer(Random rng, PhraseBank bank, double t, DateTime postTime, string? mentionHandle)
{
    private readonly Dictionary<string, Phrase> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _numbers = new(StringComparer.Ordinal);
    public List<Planted> Planted { get; } = [];

    public string Expand(string template, int depth = 0)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            sb.Append(Fill(template[(open + 1)..close], depth));
            i = close + 1;
        }
        return sb.ToString();
    }

    private string Fill(string name, int depth)
    {
        if (depth > 4) throw new InvalidOperationException($"slot nesting too deep at {name}");
        if (char.IsUpper(name[0])) return PlantIdentifier(name);
        if (Numbers.Generators.ContainsKey(name) || Numbers.Generators.ContainsKey(Base(name))) return Number(name);
        if (!_slots.TryGetValue(name, out var phrase))
        {
            var section = bank.Has("slot." + name) ? name : Base(name);
            var taken = _slots.Where(kv => kv.Key != name && (kv.Key == section || Base(kv.Key) == section)).Select(kv => kv.Value).ToList();
            phrase = bank.Pick(rng, "slot." + section, t, p => !taken.Contains(p));
            _slots[name] = phrase;
        }
        return Expand(phrase.Variants[rng.Next(phrase.Variants.Length)], depth + 1);
    }

    // "doac2", "glp1_2", "a1c2": a second, different value of the same slot.
    private static string Base(string name) => name.EndsWith('2') ? name[..^1].TrimEnd('_') : name;

    private string Number(string name)
    {
        var key = Base(name);
        if (!_numbers.TryGetValue(key, out var first)) { first = Numbers.Generators[key](rng); _numbers[key] = first; }
        if (name == key) return Numbers.Format(key, first);
        if (!_numbers.TryGetValue(name, out var second))
        {
            // Second values of falling measures (A1c, BMI, eGFR) are lower: "A1c went from 9.1 to 7.0".
            second = Numbers.Falling.Contains(key) ? Numbers.Lower(key, first, rng) : Numbers.Generators[key](rng);
            _numbers[name] = second;
        }
        return Numbers.Format(key, second);
    }

    private string PlantIdentifier(string type)
    {
        var value = type switch
        {
            "NAME" => $"{Pick(Cast.PatientFirst)} {Pick(Cast.PatientLast)}",
            "TITLE_NAME" => $"{Pick(["Mr.", "Mrs.", "Ms.", "Mr.", "Ms."])} {Pick(Cast.PatientLast)}",
            "DATE" => IdentifierFormats.Date(rng, postTime.AddDays(-rng.Next(2, 75))),
            "PHONE" => IdentifierFormats.Phone(rng),
            "EMAIL" => $"{Pick(Cast.PatientFirst).ToLowerInvariant()}.{Pick(Cast.PatientLast).ToLowerInvariant()}{rng.Next(10, 99)}@{Pick(["example.com", "example.org", "example.net"])}",
            "SSN" => $"9{rng.Next(0, 100):00}-{rng.Next(10, 100)}-{rng.Next(1000, 10000)}",
            "MRN" => rng.Next(2) == 0 ? $"00{rng.Next(1000000, 10000000)}" : $"{rng.Next(10000000, 100000000)}",
            "ADDRESS" => $"{rng.Next(12, 9900)} {Pick(Cast.Streets)} {Pick(["Ave", "St", "Rd", "Lane", "Drive", "Ct"])}",
            "ZIP" => $"{rng.Next(10000, 99999):00000}",
            "AGE" => rng.Next(3) == 0 ? $"{rng.Next(90, 104)} yo" : $"{rng.Next(90, 104)}-year-old",
            "URL" => IdentifierFormats.Url(rng),
            "MENTION" => "@" + (mentionHandle ?? throw new InvalidOperationException("mention outside a reply")),
            _ => throw new InvalidOperationException($"unknown identifier slot {type}"),
        };
        Planted.Add(new Planted(type == "TITLE_NAME" ? "NAME" : type, value));
        return value;
    }

    private string Pick(string[] items) => items[rng.Next(items.Length)];
}

internal static class Numbers
{
    public static readonly Dictionary<string, Func<Random, double>> Generators = new(StringComparer.Ordinal)
    {
        ["age"] = r => r.Next(41, 89), ["chads"] = r => r.Next(2, 7), ["hasbled"] = r => r.Next(1, 5),
        ["egfr"] = r => r.Next(19, 76), ["inr"] = r => Math.Round(1.4 + r.NextDouble() * 3.4, 1),
        ["creat"] = r => Math.Round(0.9 + r.NextDouble() * 1.7, 1), ["crcl"] = r => r.Next(18, 71),
        ["kg"] = r => r.Next(48, 121), ["hgb"] = r => Math.Round(6.6 + r.NextDouble() * 4.8, 1),
        ["ef"] = r => 20 + 5 * r.Next(0, 9), ["a1c"] = r => Math.Round(7.2 + r.NextDouble() * 4.6, 1),
        ["bmi"] = r => Math.Round(31 + r.NextDouble() * 16, 1), ["lipase"] = r => r.Next(180, 1450),
        ["lost"] = r => r.Next(12, 65), ["k"] = r => Math.Round(3.4 + r.NextDouble() * 2.4, 1),
        ["sbp"] = r => r.Next(92, 129), ["bnp"] = r => r.Next(450, 4200), ["ldl"] = r => r.Next(38, 191),
        ["pdl1"] = r => 50 + 5 * r.Next(0, 10), ["months"] = r => r.Next(6, 41),
        ["tsh"] = r => Math.Round(4.8 + r.NextDouble() * 9.4, 1), ["plt"] = r => r.Next(18, 96),
        ["calpro"] = r => r.Next(250, 1800), ["crp"] = r => r.Next(12, 65), ["fev1"] = r => r.Next(28, 63),
        ["eos"] = r => 50 * r.Next(3, 19),
    };

    public static readonly HashSet<string> Falling = ["a1c", "bmi", "egfr"];

    public static double Lower(string key, double first, Random r) => key switch
    {
        "a1c" => Math.Max(5.6, Math.Round(first - 0.8 - r.NextDouble() * 2.4, 1)),
        "bmi" => Math.Round(first - 2 - r.NextDouble() * 6, 1),
        _ => Math.Max(12, first - r.Next(6, 18)),
    };

    public static string Format(string key, double v) => key is "inr" or "creat" or "hgb" or "a1c" or "bmi" or "k" or "tsh"
        ? v.ToString("0.0", CultureInfo.InvariantCulture)
        : v.ToString("0", CultureInfo.InvariantCulture);
}

internal static class IdentifierFormats
{
    private static readonly string[] AreaCodes = ["614", "216", "312", "713", "404", "617", "503", "602", "919", "414", "718", "305"];
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static string Phone(Random r)
    {
        var area = AreaCodes[r.Next(AreaCodes.Length)];
        var line = $"01{r.Next(0, 100):00}"; // 555-0100..0199 is reserved for fiction
        return r.Next(3) switch { 0 => $"({area}) 555-{line}", 1 => $"{area}-555-{line}", _ => $"{area}.555.{line}" };
    }

    public static string Date(Random r, DateTime d) => r.Next(6) switch
    {
        0 => $"{d.Month}/{d.Day}/{d.Year}",
        1 => $"{d.Month:00}/{d.Day:00}/{d.Year}",
        2 => $"{MonthNames[d.Month - 1]} {d.Day}, {d.Year}",
        3 => $"{MonthNames[d.Month - 1][..3]} {d.Day}, {d.Year}",
        4 => $"{d.Day} {MonthNames[d.Month - 1]} {d.Year}",
        _ => $"{d.Year}-{d.Month:00}-{d.Day:00}",
    };

    public static string Url(Random r) => r.Next(3) switch
    {
        0 => $"https://portal.example.com/chart/{r.Next(10000, 99999)}",
        1 => $"https://www.example.org/records?pt={r.Next(100000, 999999)}",
        _ => $"http://example.net/patients/{Cast.PatientLast[r.Next(Cast.PatientLast.Length)].ToLowerInvariant()}-{r.Next(100, 999)}",
    };
}
