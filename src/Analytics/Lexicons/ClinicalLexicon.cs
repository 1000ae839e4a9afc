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
    public const string DrugClassesFile = "drug_classes.csv";
    public const string DevicesFile = "devices.csv";
    public const string DiseasesFile = "diseases.csv";
    public const string AdverseEventsFile = "adverse_events.csv";
    public const string SentimentFile = "sentiment.csv";
    public const string ContextCuesFile = "context_cues.csv";
    public const string CommonWordsFile = "common_words.txt";
    public const string NotMentionsFile = "not_mentions.txt";

    private const string ResourcePrefix = "Sermo.Analytics.Lexicons.";

    public ClinicalLexicon(
        IReadOnlyList<DrugEntry> drugs,
        IReadOnlyList<DrugClassEntry> drugClasses,
        IReadOnlyList<DeviceEntry> devices,
        IReadOnlyList<DiseaseEntry> diseases,
        IReadOnlyList<AdverseEventEntry> adverseEvents,
        IReadOnlyList<SentimentTerm> sentimentTerms,
        IReadOnlyList<ContextCue> contextCues,
        IReadOnlySet<string> commonWords,
        IReadOnlyList<string> notMentions)
    {
        Drugs = drugs;
        DrugClasses = drugClasses;
        Devices = devices;
        Diseases = diseases;
        AdverseEvents = adverseEvents;
        SentimentTerms = sentimentTerms;
        ContextCues = contextCues;
        CommonWords = commonWords;
        NotMentions = notMentions;
    }

    public IReadOnlyList<DrugEntry> Drugs { get; }

    /// <summary>Drug classes and regimens, named in posts in place of their drugs.</summary>
    public IReadOnlyList<DrugClassEntry> DrugClasses { get; }

    public IReadOnlyList<DeviceEntry> Devices { get; }
    public IReadOnlyList<DiseaseEntry> Diseases { get; }
    public IReadOnlyList<AdverseEventEntry> AdverseEvents { get; }
    public IReadOnlyList<SentimentTerm> SentimentTerms { get; }
    public IReadOnlyList<ContextCue> ContextCues { get; }

    /// <summary>Lowercase ordinary English words never fuzzily matched to a lexicon term.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>Phrases that contain a term without mentioning it ("tumor board", "fell asleep"): never entities.</summary>
    public IReadOnlyList<string> NotMentions { get; }

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
        var drugClasses = ReadRows(open, DrugClassesFile, ["id", "name", "kind", "members", "synonyms", "ambiguous", "source"], row => new DrugClassEntry(
            row["id"],
            row["name"],
            Enum.Parse<DrugGroupKind>(row["kind"], ignoreCase: true),
            LexiconCsv.SplitList(row["members"]),
            LexiconCsv.SplitList(row["synonyms"]),
            bool.Parse(row["ambiguous"]),
            row["source"]));
        var devices = ReadRows(open, DevicesFile, ["id", "name", "category", "synonyms", "source"], row => new DeviceEntry(
            row["id"], row["name"], row["category"], LexiconCsv.SplitList(row["synonyms"]), row["source"]));
        var diseases = ReadRows(open, DiseasesFile, ["icd10", "name", "synonyms", "ambiguous", "source"], row => new DiseaseEntry(
            row["icd10"], row["name"], LexiconCsv.SplitList(row["synonyms"]), bool.Parse(row["ambiguous"]), row["source"]));
        var adverseEvents = ReadRows(open, AdverseEventsFile, ["name", "synonyms", "disease_unless_drug", "source"], row => new AdverseEventEntry(
            row["name"], LexiconCsv.SplitList(row["synonyms"]), bool.Parse(row["disease_unless_drug"]), row["source"]));
        var sentiment = ReadRows(open, SentimentFile, ["term", "weight", "kind", "source"], row => new SentimentTerm(
            row["term"],
            double.Parse(row["weight"], CultureInfo.InvariantCulture),
            Enum.Parse<SentimentTermKind>(row["kind"], ignoreCase: true),
            row["source"]));
        var cues = ReadRows(open, ContextCuesFile, ["term", "kind", "source"], row => new ContextCue(
            row["term"], Enum.Parse<ContextCueKind>(row["kind"].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), row["source"]));

        var commonWords = new HashSet<string>(ReadLines(open, CommonWordsFile), StringComparer.Ordinal);
        return new ClinicalLexicon(drugs, drugClasses, devices, diseases, adverseEvents, sentiment, cues, commonWords, ReadLines(open, NotMentionsFile));
    }

    /// <summary>The non-empty, non-comment lines of a one-item-a-line file, lower-cased.</summary>
    private static List<string> ReadLines(Func<string, TextReader> open, string file)
    {
        using var reader = open(file);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var item = line.Trim();
            if (item.Length > 0 && item[0] != '#')
            {
                lines.Add(item.ToLowerInvariant());
            }
        }

        return lines;
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
