using System.Reflection;
using Sermo.Analytics.Lexicons;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The embedded word lists (see Data/README.md for sources and licences). All lookups are
/// case-insensitive and take spans, so the detectors never allocate a string per token.
/// </summary>
internal sealed class NameLexicon
{
    private NameLexicon()
    {
        // The census lists are US-1990 and mostly European; faker's locale data adds the Indian, African,
        // Latin American and Vietnamese names a US clinic sees today (Priya, Chidi, Nguyen as a given name).
        // world-given-names.txt adds the names of further countries (Yoruba, Zulu, Slavic, Indonesian...) for a lone
        // given name written with no cue; it holds no English word up to SCOWL 50, no city and no clinical term.
        // Three of the four lists TokenIndex asks about a token's word (given names, surnames, English) are also found by the filter's
        // hash (decision 390); the clinical terms hold non-ASCII device names ("rezūm"), so have no filter and no table, and the
        // other lists are asked too seldom to pay for the table at start.
        FirstNames = new WordSet(LoadWords("first-names.txt", "given-names.txt", "world-given-names.txt"), byFoldedHash: true);
        Surnames = new WordSet(LoadWords("surnames.txt", "family-names.txt"), byFoldedHash: true);
        NameWords = Load("name-words.txt", "name-words-rarer.txt");
        RarerNameWords = Load("name-words-rarer.txt");
        Eponyms = Load("eponyms.txt");
        var clinicalLexicon = ClinicalLexicon.LoadEmbedded();
        ClinicalTerms = WithLexiconTerms(clinicalLexicon, Load("clinical-terms.txt", "organisations.txt", "departments-and-regions.txt"), FirstNames, Surnames);
        ClinicalPhrases = LexiconPhrases(clinicalLexicon);
        DiseaseWords = OneWordTerms(clinicalLexicon.Diseases.SelectMany(d => d.Synonyms.Append(d.Name))
            .Concat(clinicalLexicon.AdverseEvents.SelectMany(a => a.Synonyms.Append(a.Name))));
        ClinicalVocabulary = EveryWordOf(clinicalLexicon);
        ClinicalAbbreviations = ShortTermsOf(clinicalLexicon, FirstNames, Surnames);
        Cities = Load("us-cities.txt");
        WordCities = Load("us-word-cities.txt");
        TownsAbroad = Load("towns-abroad.txt");
        EnglishWords = new WordSet(LoadWords("english-words.txt"), byFoldedHash: true);
    }

    public static NameLexicon Shared { get; } = new();

    /// <summary>1990 US Census first names plus faker's given names of 14 locales.</summary>
    public WordSet FirstNames { get; }

    /// <summary>1990 US Census surnames (20,000 most frequent) plus faker's surnames of 14 locales.</summary>
    public WordSet Surnames { get; }

    /// <summary>Names that are also ordinary English words (Grace, Will, Bill, Mark, Rose, June...): need context.</summary>
    public WordSet NameWords { get; }

    /// <summary>The less common of the name-words (SCOWL 40-50: Chandler, Sterling): a surname after a title and a given name.</summary>
    public WordSet RarerNameWords { get; }

    /// <summary>One-word US cities that are English words (Hope, Bend, Crescent): a city only right before a state code.</summary>
    public WordSet WordCities { get; }

    /// <summary>Eponyms of diseases, signs, scores and procedures (Parkinson, Crohn, Graves...).</summary>
    public WordSet Eponyms { get; }

    /// <summary>Drug brands, organisations, departments, countries and languages, capitalised clinical words, weekdays: never a person or a town.</summary>
    public WordSet ClinicalTerms { get; }

    /// <summary>
    /// Drug and device names of two or three words from the tagger's lexicon ("Armour Thyroid"), lower case, one space
    /// between words: a name list may hold their first word, so the phrase is marked clinical before the name rules run.
    /// </summary>
    public HashSet<string> ClinicalPhrases { get; }

    /// <summary>One-word disease and adverse-event names of the tagger's lexicon ("Lupus", "Sepsis"): never a name or place to the learned detector.</summary>
    public WordSet DiseaseWords { get; }

    /// <summary>
    /// Every word of four letters or more of the tagger's disease, adverse-event, drug, drug-class and device terms ("Dissection" of
    /// "aortic dissection", "Tamponade", "Psoas"): read only by <see cref="ListAndQuoteWordsKept"/> after every finder (decision 253),
    /// never by the learned detector, so its candidates and features are unchanged.
    /// </summary>
    public WordSet ClinicalVocabulary { get; }

    /// <summary>
    /// The tagger's one-word terms of two to five letters and digits ("AKI", "DKA", "SBO", "IVIG"), which <see cref="DiseaseWords"/> and
    /// <see cref="ClinicalVocabulary"/> leave out for length, less the census names ("Nash", "Dara", "Mac" stay names). Read only by
    /// <see cref="KnownClinicalAbbreviations"/> where a rule would take a name without a person cue (decision 375); never by the learned
    /// detector, so its candidates, features and training counts are unchanged.
    /// </summary>
    public WordSet ClinicalAbbreviations { get; }

    /// <summary>Common English words that are no listed name ("saw", "clinic"): never taken as a name no list knows.</summary>
    public WordSet EnglishWords { get; }

    /// <summary>US cities, matched only with place context ("in Dayton", "from Toledo, OH").</summary>
    public WordSet Cities { get; }

    /// <summary>
    /// Towns outside the US from GeoNames (decision 192), whole names of one to three words ("Trondheim", "Dar es Salaam"); no
    /// English word, listed name, clinical word or US town. Read only by <see cref="TownsAbroadWithPlaceCues"/> where the text says a place,
    /// and kept out of the vocabulary so a word no list knows stays unknown to every other rule and to the learned detector.
    /// </summary>
    public WordSet TownsAbroad { get; }

    /// <summary>
    /// Adds every one-word drug brand, generic and device name of the tagger's lexicon, so "Will Jardiance help"
    /// keeps its brand. Words that are also census names are left out: a patient named Allegra stays a name.
    /// </summary>
    private static WordSet WithLexiconTerms(ClinicalLexicon lexicon, WordSet curated, WordSet firstNames, WordSet surnames)
    {
        var words = new HashSet<string>(curated.Words, StringComparer.OrdinalIgnoreCase);
        var candidates = lexicon.Drugs.SelectMany(d => d.Synonyms.Append(d.Generic).Append(d.Brand ?? ""))
            .Concat(lexicon.Devices.SelectMany(d => d.Synonyms.Append(d.Name)));
        foreach (var term in candidates)
        {
            if (term.Length >= 4 && !term.Contains(' ', StringComparison.Ordinal) && !firstNames.Contains(term) && !surnames.Contains(term))
            {
                words.Add(term);
            }
        }

        return new WordSet(words);
    }

    // A disease named by several eponyms is written hyphenated as often as spaced ("Charcot-Marie-Tooth" beside the lexicon's
    // "charcot marie tooth"): the hyphenated spelling of a two- to four-word term is one word too, so no name rule or the
    // learned detector reads it as a double-barrelled surname.
    private static WordSet OneWordTerms(IEnumerable<string> terms) =>
        new(terms.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } words ? [t, string.Join('-', words)] : new[] { t })
            .Where(t => t.Length >= 4 && !t.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static WordSet EveryWordOf(ClinicalLexicon lexicon) =>
        new(EveryTermOf(lexicon)
            .SelectMany(term => term.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length >= 4 && word.All(char.IsLetter))
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static WordSet ShortTermsOf(ClinicalLexicon lexicon, WordSet firstNames, WordSet surnames) =>
        new(EveryTermOf(lexicon)
            .Where(term => term.Length is >= 2 and <= 5 && char.IsAsciiLetter(term[0]) && term.All(char.IsAsciiLetterOrDigit)
                && !firstNames.Contains(term) && !surnames.Contains(term))
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static IEnumerable<string> EveryTermOf(ClinicalLexicon lexicon) =>
        lexicon.Diseases.SelectMany(d => d.Synonyms.Append(d.Name))
            .Concat(lexicon.AdverseEvents.SelectMany(a => a.Synonyms.Append(a.Name)))
            .Concat(lexicon.Drugs.SelectMany(d => d.Synonyms.Append(d.Generic).Append(d.Brand ?? "")))
            .Concat(lexicon.DrugClasses.SelectMany(c => c.Synonyms.Append(c.Name)))
            .Concat(lexicon.Devices.SelectMany(d => d.Synonyms.Append(d.Name)));

    private static HashSet<string> LexiconPhrases(ClinicalLexicon lexicon)
    {
        return lexicon.Drugs.SelectMany(d => d.Synonyms.Append(d.Generic).Append(d.Brand ?? ""))
            .Concat(lexicon.Devices.SelectMany(d => d.Synonyms.Append(d.Name)))
            .Select(term => string.Join(' ', term.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(term => term.Count(c => c == ' ') is 1 or 2)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static WordSet Load(params string[] fileNames) => new(LoadWords(fileNames));

    private static HashSet<string> LoadWords(params string[] fileNames)
    {
        var assembly = typeof(NameLexicon).Assembly;
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fileName in fileNames)
        {
            var resourceName = $"Sermo.Ingest.Anonymization.Data.{fileName}";
            using var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidOperationException($"Embedded word list {resourceName} is missing from {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var word = line.Trim();
                if (word.Length > 0 && word[0] != '#')
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }
}

/// <summary>
/// A word list, asked case-insensitively (ordinal). The rules and the learned detector ask the large lists (given names,
/// surnames, cities, English words) about most words of every post, and most answers are no: a small bit filter answers
/// most of those noes before the hash set's bucket and entry arrays, which do not stay in the CPU cache, are read.
/// </summary>
internal sealed class WordSet
{
    // Lists smaller than this fit the cache anyway; the filter would only add work.
    private const int MinFilteredCount = 1000;

    private readonly HashSet<string> _words;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Null unless asked for and the list has a filter (all ASCII): the list's words placed by their filter hash (decision 390).
    // A word that passes the filter is then found from the hash already computed, with one read of the slot and one of the word,
    // where the hash set hashed the word again and read its bucket, entry and word.
    private readonly FoldedHashWordTable<bool>? _table;

    // Null when the list is small or holds a word that is not all ASCII (see Contains).
    private readonly WordFilter? _filter;

    public WordSet(HashSet<string> words, bool byFoldedHash = false)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.Count >= MinFilteredCount && words.All(word => System.Text.Ascii.IsValid(word)))
        {
            _filter = new WordFilter(words);
            if (byFoldedHash)
            {
                _table = new FoldedHashWordTable<bool>([.. words.Select(word => KeyValuePair.Create(word, true))]);
            }
        }
    }

    public int Count => _words.Count;

    public IEnumerable<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word)
    {
        // Exact for every word: a word of ASCII characters equals (ordinal, ignoring case) a word of an all-ASCII list only
        // if both fold to the same ASCII lower case, and so hash alike. A word with any other character skips the filter
        // (some non-ASCII letters fold to ASCII ones under ordinal ignore-case), and the hash set decides as before.
        if (_filter is { } filter && System.Text.Ascii.IsValid(word))
        {
            return ContainsAscii(word, WordFilter.FoldedHash(word));
        }

        return _lookup.Contains(word);
    }

    /// <summary>
    /// <see cref="Contains(ReadOnlySpan{char})"/> for an all-ASCII word whose <see cref="WordFilter.FoldedHash"/> the caller holds: the
    /// same answer, with one hash of the word for every list asked (decision 300).
    /// </summary>
    public bool ContainsAscii(ReadOnlySpan<char> word, ulong foldedHash) =>
        (_filter is not { } filter || filter.MayContainHash(foldedHash))
        && (_table is { } table ? table.ContainsIgnoringAsciiCase(word, foldedHash) : _lookup.Contains(word));
}
