using System.Text;
using System.Text.Json;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Builds the gold set deterministically (fixed seed, sorted inputs): templated physician posts filled from
/// public name and place lists, plus the hand-written hard cases of hard-cases.txt.
/// Names in cue contexts ("Dr. X", "pt X Y", "daughter X") come half from held-out lists the scrubber never
/// loads (Census surnames ranked 20,001+, npm humannames given names: sources/), so the set measures the
/// context rules, not dictionary look-up. Lone first names with no cue come from the scrubber's own lists:
/// without a cue only a dictionary can know "Priya" is a person, and the set says so rather than hides it.
/// Regenerate: SERMO_WRITE_GOLD=1 dotnet test tests/Sermo.Ingest.Tests --filter GoldSetFileTests
/// </summary>
public sealed partial class GoldSetGenerator
{
    public const int TemplatedWithIdentifiers = 820;
    public const int TemplatedIdentifierFree = 220;
    private const int Seed = 20260301;

    private readonly Random _rng = new(Seed);
    private readonly string[] _heldGiven;
    private readonly string[] _heldSurnames;
    private readonly string[] _listedGiven;
    private readonly string[] _listedSurnames;
    private readonly (string City, string State, string Zip)[] _places;

    public GoldSetGenerator()
    {
        var gold = GoldFiles.Folder;
        _heldGiven = ReadList(Path.Combine(gold, "sources", "held-out-given-names.txt"));
        _heldSurnames = ReadList(Path.Combine(gold, "sources", "held-out-surnames.txt"));
        var data = Path.Combine(GoldFiles.RepositoryRoot, "src", "Ingest", "Anonymization", "Data");
        var excluded = new HashSet<string>(
            ReadList(Path.Combine(data, "name-words.txt")).Concat(ReadList(Path.Combine(data, "eponyms.txt"))).Concat(ReadList(Path.Combine(data, "clinical-terms.txt"))),
            StringComparer.OrdinalIgnoreCase);
        _listedGiven = ReadList(Path.Combine(data, "first-names.txt")).Concat(ReadList(Path.Combine(data, "given-names.txt")))
            .Where(n => n.Length >= 3 && !excluded.Contains(n) && !ClinicalWords.Contains(n)).ToArray();
        _listedSurnames = ReadList(Path.Combine(data, "surnames.txt")).Take(5000)
            .Where(n => n.Length >= 3 && !excluded.Contains(n) && !ClinicalWords.Contains(n)).ToArray();
        _places = File.ReadAllLines(Path.Combine(gold, "sources", "us-places.tsv"))
            .Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(p => (p[0], p[1], p[2])).ToArray();
    }

    public IReadOnlyList<GoldPost> Generate()
    {
        var posts = new List<GoldPost>();
        for (var i = 0; i < TemplatedWithIdentifiers; i++)
        {
            var sentences = Enumerable.Range(0, 1 + _rng.Next(3)).Select(k => k == 0 || _rng.Next(2) == 0 ? Pick(IdentifierTemplates) : Pick(CleanTemplates));
            posts.Add(GoldMarkup.Parse($"gen-{i:D4}", Expand(string.Join(" ", sentences))));
        }

        for (var i = 0; i < TemplatedIdentifierFree; i++)
        {
            var sentences = Enumerable.Range(0, 1 + _rng.Next(3)).Select(_ => Pick(CleanTemplates));
            posts.Add(GoldMarkup.Parse($"clean-{i:D4}", Expand(string.Join(" ", sentences))));
        }

        var hard = File.ReadAllLines(Path.Combine(GoldFiles.Folder, "hard-cases.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        for (var i = 0; i < hard.Length; i++)
        {
            posts.Add(GoldMarkup.Parse($"hard-{i:D4}", hard[i]));
        }

        return posts;
    }

    public static string ToJsonl(IEnumerable<GoldPost> posts)
    {
        var builder = new StringBuilder();
        foreach (var post in posts)
        {
            builder.Append(JsonSerializer.Serialize(post, GoldFiles.Json)).Append('\n');
        }

        return builder.ToString();
    }

    private static string[] ReadList(string path) =>
        File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToArray();

    private string Expand(string template)
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{')
            {
                var close = template.IndexOf('}', i);
                builder.Append(Slot(template[(i + 1)..close]));
                i = close + 1;
            }
            else
            {
                builder.Append(template[i++]);
            }
        }

        return builder.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(k => (char)('0' + (k == 0 ? 1 + _rng.Next(9) : _rng.Next(10)))));

    private string Given() => _rng.Next(2) == 0 ? Pick(_heldGiven) : Pick(_listedGiven);

    private string Surname() => _rng.Next(2) == 0 ? Pick(_heldSurnames) : Pick(_listedSurnames);
}
