using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sermo.Analytics.Sentiments;

/// <summary>One word's prior polarity: AFINN-111 valence (−5..5, 0 = not listed) and Hu &amp; Liu polarity (−1, 0, +1).</summary>
public readonly record struct OpinionWord(sbyte Afinn, sbyte Liu);

/// <summary>
/// General-English opinion words behind the optional lexicon features (<see cref="FeatureOptions.Lexicon"/>):
/// AFINN-111 and Hu &amp; Liu's opinion lexicon, shipped as <c>Lexicons/opinion_words.csv</c> (licences in
/// <c>opinion_words.LICENSE.md</c>). Training takes the embedded file; a trained model carries its own copy
/// (<see cref="FileName"/> in the model folder) so loading needs neither this assembly's resources nor npm.
/// </summary>
public sealed class OpinionLexicon
{
    public const string FileName = "lexicon.tsv";
    public const string Afinn = "afinn-111";
    public const string Liu = "liu";
    private const string EmbeddedName = "Sermo.Analytics.Lexicons.opinion_words.csv";

    private readonly Dictionary<string, OpinionWord> _words;
    private readonly Dictionary<string, OpinionWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private OpinionLexicon(string sources, Dictionary<string, OpinionWord> words)
    {
        Sources = sources;
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>"afinn-111", "liu" or "afinn-111+liu": the lists this lexicon holds.</summary>
    public string Sources { get; }

    public int Count => _words.Count;

    public IEnumerable<KeyValuePair<string, OpinionWord>> Entries => _words;

    /// <summary>Checks a <see cref="FeatureOptions.Lexicon"/> value: null, or one or both source names joined by '+'.</summary>
    public static bool IsValidSources(string? sources) =>
        sources is null || sources is Afinn or Liu or $"{Afinn}+{Liu}";

    /// <summary>The shipped word lists restricted to <paramref name="sources"/>.</summary>
    public static OpinionLexicon LoadEmbedded(string sources)
    {
        if (sources is null || !IsValidSources(sources))
        {
            throw new ArgumentException($"unknown lexicon '{sources}': use {Afinn}, {Liu} or {Afinn}+{Liu}");
        }

        var useAfinn = sources.Contains(Afinn, StringComparison.Ordinal);
        var useLiu = sources.Contains(Liu, StringComparison.Ordinal);
        using var stream = typeof(OpinionLexicon).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new Dictionary<string, OpinionWord>(StringComparer.Ordinal);
        var header = reader.ReadLine();
        if (header != "word,afinn_111,liu")
        {
            throw new InvalidDataException($"{EmbeddedName}: unexpected header '{header}'");
        }

        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            var afinn = useAfinn && parts[1].Length > 0 ? sbyte.Parse(parts[1], CultureInfo.InvariantCulture) : (sbyte)0;
            var liu = useLiu ? parts[2] switch { "positive" => (sbyte)1, "negative" => (sbyte)-1, _ => (sbyte)0 } : (sbyte)0;
            if (afinn != 0 || liu != 0)
            {
                words[parts[0]] = new OpinionWord(afinn, liu);
            }
        }

        return new OpinionLexicon(sources, words);
    }

    /// <summary>Reads a model folder's copy (<see cref="FileName"/>: a "# sources" line, then word TAB afinn TAB liu).</summary>
    public static OpinionLexicon Read(string path)
    {
        var words = new Dictionary<string, OpinionWord>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, Encoding.UTF8);
        var first = reader.ReadLine();
        if (first is null || !first.StartsWith("# ", StringComparison.Ordinal) || !IsValidSources(first[2..]))
        {
            throw new InvalidDataException($"{path}: expected '# <sources>' on the first line");
        }

        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var parts = line.Split('\t');
            if (parts.Length != 3
                || !sbyte.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var afinn)
                || !sbyte.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var liu))
            {
                throw new InvalidDataException($"{path}:{number}: expected word<TAB>afinn<TAB>liu");
            }

            words[parts[0]] = new OpinionWord(afinn, liu);
        }

        return new OpinionLexicon(first[2..], words);
    }

    /// <summary>Writes the copy a model folder carries; returns its SHA-256 (hex) for the manifest.</summary>
    public string Write(string folder)
    {
        var text = new StringBuilder().Append("# ").Append(Sources).Append('\n');
        foreach (var (word, entry) in _words.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{word}\t{entry.Afinn}\t{entry.Liu}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        File.WriteAllBytes(Path.Combine(folder, FileName), bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public bool TryGet(ReadOnlySpan<char> word, out OpinionWord entry) => _lookup.TryGetValue(word, out entry);
}
