namespace Sermo.Ingest.Anonymization;

/// <summary>What a word can be; a word may be several things (Wilson: surname, first name, eponym).</summary>
[Flags]
internal enum WordKind
{
    None = 0,
    FirstName = 1 << 0,
    Surname = 1 << 1,
    NameWord = 1 << 2,
    Eponym = 1 << 3,
    Clinical = 1 << 4,
    City = 1 << 5,
    StrongTitle = 1 << 6,
    WeakTitle = 1 << 7,
    PersonCue = 1 << 8,
    HeadNoun = 1 << 9,
    PlacePreposition = 1 << 10,
    TimePreposition = 1 << 11,
    State = 1 << 12,
    Month = 1 << 13,
    Holiday = 1 << 14,
    RarerNameWord = 1 << 15,

    /// <summary>First word of a clinical phrase of the lexicon ("Armour" of "Armour Thyroid"); TokenIndex resolves and clears it.</summary>
    PhraseHead = 1 << 16,

    /// <summary>A noun naming a place of care or service after a town ("clinic", "ER", "VA", "airport"): "the Millbrook clinic".</summary>
    Institution = 1 << 17,

    ListedName = FirstName | Surname,
    Title = StrongTitle | WeakTitle,
}

internal readonly record struct WordInfo(WordKind Kinds, Anchor Anchors);

/// <summary>
/// Every list the detectors consult, merged into one case-insensitive dictionary, so each word of a
/// post costs a single lookup however many lists there are.
/// </summary>
internal sealed class Vocabulary
{
    public const int LongestWord = 24;

    private const WordKind LowerCaseKinds = WordKind.PersonCue | WordKind.StrongTitle | WordKind.HeadNoun | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.Institution;

    // The tables found by the filter's hash of the word (decision 330); they hold exactly the frozen dictionaries' keys and values.
    private readonly FoldedHashWordTable<WordInfo> _lookup;

    private readonly FoldedHashWordTable<WordInfo> _lowerCaseLookup;

    // Which (length, first letter, last letter) shapes the lower-case table holds: most lower-case words of a post
    // have a shape no cue or anchor has, and this one array read answers them without hashing.
    private readonly bool[] _lowerCaseShapes = new bool[(LongestWord + 1) * 26 * 26];

    // Most words that reach a table are in none of its lists ("Would", "patient"): a bit filter over each table's keys answers
    // those without the table's hash and probe (decision 102). Exact: a key equals the word asked only if the filter holds it.
    private readonly WordFilter _filter;

    private readonly WordFilter _lowerCaseFilter;

    private Vocabulary(NameLexicon lexicon)
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        void Add(WordKind kind, Anchor anchor, IEnumerable<string> list)
        {
            foreach (var word in list)
            {
                if (word.Length <= LongestWord && !word.Contains(' '))
                {
                    var info = words.GetValueOrDefault(word);
                    words[word] = new WordInfo(info.Kinds | kind, info.Anchors | anchor);
                }
            }
        }

        Add(WordKind.FirstName, Anchor.None, lexicon.FirstNames.Words);
        Add(WordKind.Surname, Anchor.None, lexicon.Surnames.Words);
        Add(WordKind.NameWord, Anchor.None, lexicon.NameWords.Words);
        Add(WordKind.RarerNameWord, Anchor.None, lexicon.RarerNameWords.Words);
        Add(WordKind.Eponym, Anchor.None, lexicon.Eponyms.Words);
        Add(WordKind.Clinical, Anchor.None, lexicon.ClinicalTerms.Words);
        Add(WordKind.City, Anchor.None, lexicon.Cities.Words);
        Add(WordKind.StrongTitle, Anchor.None, NameCues.StrongTitles);
        Add(WordKind.WeakTitle, Anchor.None, NameCues.WeakTitles);
        Add(WordKind.PersonCue, Anchor.None, NameCues.PersonCues);
        Add(WordKind.HeadNoun, Anchor.None, NameCues.HeadNouns);
        Add(WordKind.PlacePreposition, Anchor.None, LocationDetector.PlacePrepositions);
        Add(WordKind.Institution, Anchor.None, TownDetector.InstitutionNouns);
        Add(WordKind.TimePreposition, Anchor.None, DateDetector.TimePrepositions);
        Add(WordKind.Month, Anchor.None, DateDetector.MonthNames);
        Add(WordKind.State, Anchor.None, UsStates.Words);
        Add(WordKind.Holiday, Anchor.None, Holidays.Words);
        Add(WordKind.PhraseHead, Anchor.None, lexicon.ClinicalPhrases.Select(phrase => phrase[..phrase.IndexOf(' ')]));
        foreach (var (word, anchor) in TokenIndex.AnchorWords)
        {
            Add(WordKind.None, anchor, [word]);
        }

        // Keys lower-cased once here, so a lookup lower-cases the word into a stack buffer and compares ordinally,
        // which is cheaper than an ordinal-ignore-case hash and compare per token.
        var lookup = words.ToDictionary(pair => pair.Key.ToLowerInvariant(), pair => pair.Value, StringComparer.Ordinal);

        // Most words of a post are lower case, and in lower case only cues and anchors matter (names,
        // eponyms and cities are matched capitalised): a small ordinal table answers those faster.
        var lowerCaseLookup = words
            .Where(pair => (pair.Value.Kinds & LowerCaseKinds) != 0 || pair.Value.Anchors != Anchor.None)
            .ToDictionary(pair => pair.Key.ToLowerInvariant(), pair => pair.Value with { Kinds = pair.Value.Kinds & LowerCaseKinds }, StringComparer.Ordinal);
        _lookup = new FoldedHashWordTable<WordInfo>(lookup);
        _lowerCaseLookup = new FoldedHashWordTable<WordInfo>(lowerCaseLookup);
        _filter = new WordFilter(lookup.Keys);
        _lowerCaseFilter = new WordFilter(lowerCaseLookup.Keys);
        foreach (var word in lowerCaseLookup.Keys)
        {
            if (LowerCaseShape(word) is { } shape)
            {
                _lowerCaseShapes[shape] = true;
            }
        }
    }

    public static Vocabulary Shared { get; } = new(NameLexicon.Shared);

    public WordInfo Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestWord)
        {
            return default;
        }

        if (char.IsAsciiLetterLower(word[0]))
        {
            if (LowerCaseShape(word) is { } shape && !_lowerCaseShapes[shape])
            {
                return default;
            }

            var lowerCaseHash = WordFilter.FoldedHash(word);
            return _lowerCaseFilter.MayContainHash(lowerCaseHash) && _lowerCaseLookup.TryGetValue(word, lowerCaseHash, out var lowerInfo) ? lowerInfo : default;
        }

        // ASCII first: the culture-aware lower-casing costs more than the hash lookup itself.
        Span<char> lower = stackalloc char[LongestWord];
        var length = System.Text.Ascii.ToLower(word, lower, out var written) == System.Buffers.OperationStatus.Done ? written : word.ToLowerInvariant(lower);
        if (length != word.Length)
        {
            return default;
        }

        var hash = WordFilter.FoldedHash(lower[..length]);
        return _filter.MayContainHash(hash) && _lookup.TryGetValue(lower[..length], hash, out var info) ? info : default;
    }

    /// <summary>The slot of a word starting and ending with an ASCII lower-case letter in <see cref="_lowerCaseShapes"/>; null for any other word.</summary>
    private static int? LowerCaseShape(ReadOnlySpan<char> word) =>
        char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[^1])
            ? (((word.Length * 26) + (word[0] - 'a')) * 26) + (word[^1] - 'a')
            : null;
}
