using System.Globalization;
using System.Reflection;

namespace Sermo.Analytics.Lexicons;

/// <summary>
/// The clinical vocabulary the taggers compile: drugs, devices, diseases, adverse events, sentiment terms,
/// NegEx context cues and the ordinary words fuzzy matching must leave alone. Immutable once loaded.
/// </summary>
public sealed class ClinicalLexicon
{
    public const string DrugsFile = "drugs.csv";
    public const string DevicesFile = "devices.csv";
    public const string DiseasesFile = "diseases.csv";
    public const string AdverseEventsFile = "adverse_events.csv";
    public const string SentimentFile = "sentiment.csv";
    public const string ContextCuesFile = "context_cues.csv";
    public const string CommonWordsFile = "common_words.txt";

    private const string ResourcePrefix = "Sermo.Analytics.Lexicons.";

    public ClinicalLexicon(
        IReadOnlyList<DrugEntry> drugs,
        IReadOnlyList<DeviceEntry> devices,
        IReadOnlyList<DiseaseEntry> diseases,
        IReadOnlyList<AdverseEventEntry> adverseEvents,
        IReadOnlyList<SentimentTerm> sentimentTerms,
        IReadOnlyList<ContextCue> contextCues,
        IReadOnlySet<string> commonWords)
    {
        Drugs = drugs;
        Devices = devices;
        Diseases = diseases;
        AdverseEvents = adverseEvents;
        SentimentTerms = sentimentTerms;
        ContextCues = contextCues;
        CommonWords = commonWords;
    }

    public IReadOnlyList<DrugEntry> Drugs { get; }
    public IReadOnlyList<DeviceEntry> Devices { get; }
    public IReadOnlyList<DiseaseEntry> Diseases { get; }
    public IReadOnlyList<AdverseEventEntry> AdverseEvents { get; }
    public IReadOnlyList<SentimentTerm> SentimentTerms { get; }
    public IReadOnlyList<ContextCue> ContextCues { get; }

    /// <summary>Lowercase ordinary English words never fuzzily matched to a lexicon term.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>Loads the lexicon files compiled into Sermo.Analytics.</summary>
    public static ClinicalLexicon LoadEmbedded()
    {
        var assembly = typeof(ClinicalLexicon).Assembly;
        return Load(name => OpenResource(assembly, name));
    }

    /// <summary>Loads the lexicon files from a folder (same file names and columns as the embedded set).</summary>
    public static ClinicalLexicon Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return Load(name => new StreamReader(Path.Combine(directory, name)));
    }

    private static TextReader OpenResource(Assembly assembly, string name)
    {
        var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing from {assembly.GetName().Name}");
        return new StreamReader(stream);
    }

    private static ClinicalLexicon Load(Func<string, TextReader> open)
    {
        var drugs = ReadRows(open, DrugsFile, ["brand", "generic", "drug_class", "synonyms", "source"], row => new DrugEntry(
            row["brand"].Length == 0 ? null : row["brand"],
            row["generic"].ToLowerInvariant(),
            row["drug_class"],
            LexiconCsv.SplitList(row["synonyms"]),
            row["source"]));
        var devices = ReadRows(open, DevicesFile, ["id", "name", "category", "synonyms", "source"], row => new DeviceEntry(
            row["id"], row["name"], row["category"], LexiconCsv.SplitList(row["synonyms"]), row["source"]));
        var diseases = ReadRows(open, DiseasesFile, ["icd10", "name", "synonyms", "ambiguous", "source"], row => new DiseaseEntry(
            row["icd10"], row["name"], LexiconCsv.SplitList(row["synonyms"]), bool.Parse(row["ambiguous"]), row["source"]));
        var adverseEvents = ReadRows(open, AdverseEventsFile, ["name", "synonyms", "source"], row => new AdverseEventEntry(
            row["name"], LexiconCsv.SplitList(row["synonyms"]), row["source"]));
        var sentiment = ReadRows(open, SentimentFile, ["term", "weight", "kind", "source"], row => new SentimentTerm(
            row["term"],
            double.Parse(row["weight"], CultureInfo.InvariantCulture),
            Enum.Parse<SentimentTermKind>(row["kind"], ignoreCase: true),
            row["source"]));
        var cues = ReadRows(open, ContextCuesFile, ["term", "kind", "source"], row => new ContextCue(
            row["term"], Enum.Parse<ContextCueKind>(row["kind"].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), row["source"]));

        var commonWords = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = open(CommonWordsFile))
        {
            while (reader.ReadLine() is { } line)
            {
                var word = line.Trim();
                if (word.Length > 0 && word[0] != '#')
                {
                    commonWords.Add(word.ToLowerInvariant());
                }
            }
        }

        return new ClinicalLexicon(drugs, devices, diseases, adverseEvents, sentiment, cues, commonWords);
    }

    private static List<T> ReadRows<T>(Func<string, TextReader> open, string file, string[] columns, Func<IReadOnlyDictionary<string, string>, T> map)
    {
        using var reader = open(file);
        var rows = new List<T>();
        foreach (var row in LexiconCsv.Read(reader, file, columns))
        {
            rows.Add(map(row));
        }

        return rows;
    }
}
