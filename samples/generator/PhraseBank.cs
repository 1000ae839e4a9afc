using System.Globalization;

/// <summary>One phrase: a weight (optionally growing over the 18 months) and its interchangeable variants.</summary>
internal sealed record Phrase(double Weight, bool Grows, string[] Variants);

internal sealed class PhraseBank
{
    private readonly Dictionary<string, List<Phrase>> _sections = new(StringComparer.Ordinal);

    public static PhraseBank Load(string path)
    {
        var bank = new PhraseBank();
        List<Phrase>? current = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[')) { current = []; bank._sections[line[1..^1]] = current; continue; }
            double weight = 1; var grows = false;
            var star = line.IndexOf("* ", StringComparison.Ordinal);
            if (star is > 0 and < 4 && line[..star].All(c => char.IsDigit(c) || c == '+'))
            {
                var head = line[..star];
                grows = head.StartsWith('+');
                weight = head.TrimStart('+').Length > 0 ? double.Parse(head.TrimStart('+'), CultureInfo.InvariantCulture) : 1;
                line = line[(star + 2)..];
            }
            current!.Add(new Phrase(weight, grows, line.Split(" | ")));
        }
        return bank;
    }

    public bool Has(string section) => _sections.ContainsKey(section);

    public List<Phrase> Section(string section) =>
        _sections.TryGetValue(section, out var list) ? list : throw new InvalidOperationException($"phrase section [{section}] missing");

    /// <summary>Weighted pick; "+" phrases grow from a quarter to twice their weight over the period (t in 0..1).</summary>
    public Phrase Pick(Random rng, string section, double t, Func<Phrase, bool>? allowed = null)
    {
        var list = Section(section).Where(p => allowed is null || allowed(p)).ToList();
        if (list.Count == 0) list = Section(section);
        var total = list.Sum(p => Weight(p, t));
        var x = rng.NextDouble() * total;
        foreach (var p in list)
        {
            x -= Weight(p, t);
            if (x <= 0) return p;
        }
        return list[^1];
    }

    private static double Weight(Phrase p, double t) => p.Weight * (p.Grows ? 0.25 + 1.75 * t : 1);
}
