using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sermo.Analytics.Learning;

/// <summary>One word's prior polarity: AFINN-111 valence (−5..5, 0 = not listed) and Hu &amp; Liu polarity (−1, 0, +1).</summary>
public readonly record struct OpinionWord(sbyte Afinn, sbyte Liu);

/// <summary>
/// General-English opinion words behind the lexicon features of <see cref="TextTokens"/>: AFINN-111 and Hu &amp;
/// Liu's opinion lexicon, shipped as <c>Lexicons/opinion_words.csv</c> (licences in <c>opinion_words.LICENSE.md</c>).
/// A model's manifest records <see cref="Sha256"/>; loading refuses a model trained with another word list, since
/// its lexicon features would mean something else.
/// </summary>
public sealed class OpinionLexicon
{
    public const string Sources = "afinn-111+liu";
    private const string EmbeddedName = "Sermo.Analytics.Lexicons.opinion_words.csv";
    private static readonly Lazy<OpinionLexicon> Shared = new(LoadEmbedded);

    private readonly Dictionary<string, OpinionWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private OpinionLexicon(Dictionary<string, OpinionWord> words, string sha256)
    {
        Count = words.Count;
        Sha256 = sha256;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped lists, loaded once.</summary>
    public static OpinionLexicon Embedded => Shared.Value;

    public int Count { get; }

    /// <summary>SHA-256 (hex) of the shipped CSV: what a model's manifest pins.</summary>
    public string Sha256 { get; }

    public bool TryGet(ReadOnlySpan<char> word, out OpinionWord entry) => _lookup.TryGetValue(word, out entry);

    private static OpinionLexicon LoadEmbedded()
    {
        using var stream = typeof(OpinionLexicon).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedName} is missing");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes));
        var header = reader.ReadLine();
        if (header != "word,afinn_111,liu")
        {
            throw new InvalidDataException($"{EmbeddedName}: unexpected header '{header}'");
        }

        var words = new Dictionary<string, OpinionWord>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            var afinn = parts[1].Length > 0 ? sbyte.Parse(parts[1], CultureInfo.InvariantCulture) : (sbyte)0;
            var liu = parts[2] switch { "positive" => (sbyte)1, "negative" => (sbyte)-1, _ => (sbyte)0 };
            if (afinn != 0 || liu != 0)
            {
                words[parts[0]] = new OpinionWord(afinn, liu);
            }
        }

        return new OpinionLexicon(words, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
