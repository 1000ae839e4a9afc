
namespace Sermo.Ingest.Anonymization;

/// <summary>Words that announce a pattern nearby; the pattern detectors run their regexes only around them.</summary>
[Flags]
internal enum Anchor
{
    None = 0,
    Month = 1 << 0,
    Ordinal = 1 << 1,
    SsnLabel = 1 << 2,
    MrnLabel = 1 << 3,
    AccountLabel = 1 << 4,
    LicenseLabel = 1 << 5,
    NpiLabel = 1 << 6,
    SerialLabel = 1 << 7,
    StreetSuffix = 1 << 8,
    PoBox = 1 << 9,
    State = 1 << 10,
    County = 1 << 11,
    ZipLabel = 1 << 12,
    TopLevelDomain = 1 << 13,
    Slash = 1 << 14,
    DigitSeparator = 1 << 15,
    Colon = 1 << 16,
    DigitDot = 1 << 17,
    DateSeparator = 1 << 18,
    DigitRun = 1 << 19,
    OldAgeNumber = 1 << 20,
    MilitaryPost = 1 << 21,
    NumberedRoad = 1 << 22,
}

/// <summary>
/// One pass over the post that finds its words and the anchors of every pattern. Running a dozen
/// regexes over every character of every post costs ~10 ms per MB each; running them only in short
/// windows around their anchor words ("MRN", "St", "Ohio", ".com", a month name) keeps the whole
/// scrub fast on ordinary prose, and still linear on hostile input (windows are merged, never rescanned).
/// </summary>
internal sealed partial class TokenIndex
{
    /// <summary>The words that anchor each pattern; merged into <see cref="Vocabulary"/>.</summary>
    public static IEnumerable<(string Word, Anchor Anchor)> AnchorWords => BuildAnchorWords();

    private const int AnchorKinds = 23;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClinicalPhraseLookup = NameLexicon.Shared.ClinicalPhrases.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MaxClinicalPhraseLength = NameLexicon.Shared.ClinicalPhrases.Max(phrase => phrase.Length);

    private readonly List<(int Start, int End)>?[] _anchors;

    private TokenIndex(string text, List<NameToken> tokens, WordKind[] kinds, WordCue[] cues, WordCue anyCues, List<(int Start, int End)>?[] anchors, TokenListAnswers[] listAnswers)
    {
        _listAnswers = listAnswers;
        Text = text;
        Tokens = tokens;
        Kinds = kinds;
        Cues = cues;
        AnyCues = anyCues;
        _anchors = anchors;
    }

    public string Text { get; }

    public List<NameToken> Tokens { get; }

    /// <summary>What each token can be, by position in <see cref="Tokens"/>; the array is reused and may be longer, so read only below <c>Tokens.Count</c>.</summary>
    public WordKind[] Kinds { get; }

    /// <summary>Which short cue lists may hold each token (<see cref="WordCues"/>), by position in <see cref="Tokens"/>; reused like <see cref="Kinds"/>.</summary>
    public WordCue[] Cues { get; }

    /// <summary>
    /// The union of <see cref="Cues"/> over the post: a rule whose flag is clear here has no word of its list in the post and can
    /// skip its pass over the tokens (most posts hold no room label, vehicle or drug brand).
    /// </summary>
    public WordCue AnyCues { get; }

    // One set of buffers per thread, reused post after post: a verb scrubbing 200,000 posts otherwise allocates a token
    // list, a kinds array and anchor lists for each, and the collector's time shows in every profile. Scrub is synchronous
    // and never re-entered on a thread, and the index lives only for one Scrub call.
    [ThreadStatic]
    private static List<NameToken>? _threadTokens;

    [ThreadStatic]
    private static WordKind[]? _threadKinds;

    [ThreadStatic]
    private static WordCue[]? _threadCues;

    [ThreadStatic]
    private static List<(int Start, int End)>?[]? _threadAnchors;

    public static TokenIndex Build(string text)
    {
        var anchors = _threadAnchors ??= new List<(int Start, int End)>?[AnchorKinds];
        foreach (var list in anchors)
        {
            list?.Clear();
        }

        var vocabulary = Vocabulary.Shared;
        var tokens = _threadTokens ??= new List<NameToken>(256);
        NameTokenizer.Tokenize(text, tokens);
        var kinds = _threadKinds is { } cached && cached.Length >= tokens.Count ? cached : (_threadKinds = new WordKind[Math.Max(256, tokens.Count * 2)]);
        Array.Clear(kinds, 0, tokens.Count);
        var cues = _threadCues is { } cachedCues && cachedCues.Length >= tokens.Count ? cachedCues : (_threadCues = new WordCue[kinds.Length]);
        var anyCues = WordCue.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var word = text.AsSpan(token.Start, token.Length);
            var info = vocabulary.Lookup(word);
            cues[i] = WordCues.Of(word);
            anyCues |= cues[i];
            kinds[i] |= info.Kinds; // |=: a clinical phrase found at an earlier word may have marked this one already
            if ((info.Kinds & WordKind.PhraseHead) != 0)
            {
                MarkClinicalPhrase(text, tokens, kinds, i);
            }

            if (info.Anchors != Anchor.None)
            {
                AddWordAnchors(text, token, word, info.Anchors, anchors);
            }
        }

        var listAnswers = ListAnswersFor(tokens.Count);
        EponymPhrases.Mark(text, tokens, kinds, cues);
        OrganismNames.Mark(text, tokens, kinds);
        AddCharAnchors(text, anchors);
        return new TokenIndex(text, tokens, kinds, cues, anyCues, anchors, listAnswers);
    }

    /// <summary>"Armour Thyroid": every word of a clinical phrase of the lexicon becomes clinical, so no name or city rule takes its first word.</summary>
    private static void MarkClinicalPhrase(string text, List<NameToken> tokens, WordKind[] kinds, int head)
    {
        kinds[head] &= ~WordKind.PhraseHead;
        // The phrase lower-cased into a stack buffer and asked by span: no two strings per phrase head (decision 152).
        Span<char> lower = stackalloc char[MaxClinicalPhraseLength];
        for (var last = head + 1; last < tokens.Count && last <= head + 2 && tokens[last].Start - tokens[last - 1].End == 1 && text[tokens[last].Start - 1] == ' '; last++)
        {
            var phrase = text.AsSpan(tokens[head].Start, tokens[last].End - tokens[head].Start);
            if (phrase.Length > MaxClinicalPhraseLength)
            {
                // Longer than the longest phrase: no phrase of the lexicon, and a longer continuation is longer still.
                return;
            }

            if (ClinicalPhraseLookup.Contains(lower[..phrase.ToLowerInvariant(lower)]))
            {
                for (var k = head; k <= last; k++)
                {
                    kinds[k] |= WordKind.Clinical;
                }

                return;
            }
        }
    }

    public List<(int Start, int End)> Of(Anchor kind) => _anchors[Bit(kind)] ?? RegexScan.NoAnchors;

    public bool Has(Anchor kind) => Of(kind).Count > 0;

    private static void AddWordAnchors(string text, NameToken token, ReadOnlySpan<char> word, Anchor kinds, List<(int Start, int End)>?[] anchors)
    {
        var digitBefore = RegexScan.IsDigit(text, token.Start - 1);
        var titleCase = char.IsUpper(word[0]);
        var allUpper = !word.ContainsAnyInRange('a', 'z');
        for (var bit = 0; bit < anchors.Length; bit++)
        {
            var kind = (Anchor)(1 << bit);
            if ((kinds & kind) == 0)
            {
                continue;
            }

            var keep = kind switch
            {
                Anchor.Ordinal => digitBefore,
                Anchor.County => titleCase,
                Anchor.State => word.Length == 2 ? allUpper : titleCase,
                Anchor.TopLevelDomain => token.Start > 0 && text[token.Start - 1] == '.',
                _ => true,
            };
            if (keep)
            {
                (anchors[bit] ??= []).Add((token.Start, token.End));
            }
        }
    }

    // Runs of three or more digits (phones), numbers from 90 to 130 (ages over 89), a separator between digits
    // (dates, SSN, IPv4, ZIP+4), and a colon next to a hex digit or colon (IPv6).
    private static void AddCharAnchors(string text, List<(int Start, int End)>?[] anchors)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var found = span[offset..].IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                break;
            }

            var start = offset + found;
            var length = span[start..].IndexOfAnyExceptInRange('0', '9');
            var end = length < 0 ? span.Length : start + length;
            if (end - start >= 3)
            {
                Add(anchors, Anchor.DigitRun, start, end);
            }

            if (end - start is 2 or 3 && ValueOf(span[start..end]) is >= 90 and <= 130)
            {
                Add(anchors, Anchor.OldAgeNumber, start, end);
            }

            if (end + 1 < span.Length && char.IsAsciiDigit(span[end + 1]) && span[end] is '/' or '-' or '.')
            {
                Add(anchors, span[end] switch { '/' => Anchor.Slash, '-' => Anchor.DigitSeparator, _ => Anchor.DigitDot }, end, end + 1);
                Add(anchors, Anchor.DateSeparator, end, end + 1);
            }

            offset = end + 1;
        }

        offset = 0;
        while (offset < span.Length)
        {
            var found = span[offset..].IndexOf(':');
            if (found < 0)
            {
                return;
            }

            var i = offset + found;
            if (IsHexOrColon(text, i - 1) && IsHexOrColon(text, i + 1))
            {
                Add(anchors, Anchor.Colon, i, i + 1);
            }

            offset = i + 1;
        }
    }

    // Two or three ASCII digits, summed by hand: int.Parse consults the culture for every number of the post.
    private static int ValueOf(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private static void Add(List<(int Start, int End)>?[] anchors, Anchor kind, int start, int end) => (anchors[Bit(kind)] ??= []).Add((start, end));

    private static int Bit(Anchor kind) => System.Numerics.BitOperations.Log2((uint)kind);

    private static bool IsHexOrColon(string text, int index) => index >= 0 && index < text.Length && (char.IsAsciiHexDigit(text[index]) || text[index] == ':');

    private static List<(string Word, Anchor Anchor)> BuildAnchorWords()
    {
        var words = new List<(string Word, Anchor Anchor)>();
        void Add(Anchor kind, params string[] list)
        {
            foreach (var word in list)
            {
                words.Add((word, kind));
            }
        }

        Add(Anchor.Month, CalendarWords.Months);
        Add(Anchor.Ordinal, "st", "nd", "rd", "th");
        Add(Anchor.SsnLabel, "ssn", "social");
        Add(Anchor.MrnLabel, "mrn", "mr", "medical", "med", "chart", "hospital", "patient", "pt");
        Add(Anchor.AccountLabel, "acct", "account", "member", "policy", "insurance", "health", "beneficiary", "subscriber", "medicare", "medicaid", "mbi");
        Add(Anchor.LicenseLabel, "license", "licence", "lic", "dea", "plate", "certificate", "cert");
        Add(Anchor.NpiLabel, "npi");
        Add(Anchor.SerialLabel, "s", "sn", "serial", "lot", "vin", "device", "udi", "imei");
        Add(Anchor.StreetSuffix, StreetDetector.StreetSuffixes);
        Add(Anchor.PoBox, "box");
        Add(Anchor.State, UsStates.Words);
        Add(Anchor.County, "county", "parish", "borough");
        Add(Anchor.ZipLabel, "zip", "zipcode", "postal");
        Add(Anchor.MilitaryPost, "apo", "fpo", "dpo");
        Add(Anchor.NumberedRoad, "road", "rd", "route", "rte", "highway", "hwy", "fm", "cr", "sr", "market");
        Add(Anchor.TopLevelDomain, ContactDetector.TopLevelDomains);
        return words;
    }
}
