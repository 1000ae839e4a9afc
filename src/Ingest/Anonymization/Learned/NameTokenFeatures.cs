namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>What the rule detectors already found at a token: the model reads it as a neighbour's feature.</summary>
internal enum TokenCover : byte
{
    None = 0,
    Name = 1,
    Place = 2,
    Other = 3,
}

/// <summary>
/// The features of one word for the learned name/place detector, hashed into <see cref="Buckets"/> slots: the word's
/// shape, capitalisation, prefixes and suffixes, which of the scrubber's lists and clinical lexicons hold it, the two
/// words on each side (word, shape, lists, what the rules found there) and the punctuation between them. Training
/// (<see cref="NameTokenTrainer"/>) and scoring read the same function, so a feature cannot mean one thing in each.
/// The hash is FNV-1a over the lower-cased characters: stable across processes, unlike string.GetHashCode.
/// </summary>
internal static partial class NameTokenFeatures
{
    public const int Buckets = 1 << 18;

    private const int Context = 2;

    private const WordKind ContextKinds = WordKind.Title | WordKind.PersonCue | WordKind.PlacePreposition | WordKind.State | WordKind.HeadNoun
        | WordKind.Month | WordKind.FirstName | WordKind.Surname | WordKind.Clinical | WordKind.Eponym | WordKind.Institution | WordKind.City;

    /// <summary>
    /// Whether the model is asked about token <paramref name="i"/> when scrubbing: a training candidate (<see cref="IsTrainingCandidate"/>),
    /// or a listed name typed in lower case in a name slot (<see cref="IsInLowerCaseNameSlot"/>, decision 214).
    /// </summary>
    public static bool IsCandidate(TokenIndex index, int i, ReadOnlySpan<TokenCover> cover) =>
        IsTrainingCandidate(index, i, cover) || (cover[i] == TokenCover.None && IsInLowerCaseNameSlot(index, i) && !IsLowerCaseClinical(index, i));

    /// <summary>Whether the model trains on token <paramref name="i"/>: a capitalised word the rules left, or a lower-case word right after a cue or title.</summary>
    public static bool IsTrainingCandidate(TokenIndex index, int i, ReadOnlySpan<TokenCover> cover)
    {
        if (cover[i] != TokenCover.None)
        {
            return false;
        }

        var token = index.Tokens[i];
        var word = index.Text.AsSpan(token.Start, token.Length);
        if (word.Length < 2 || (index.Kinds[i] & NeverNames) != 0)
        {
            return false;
        }

        var lexicon = NameLexicon.Shared;
        if (char.IsUpper(word[0]))
        {
            return NameTokenizer.IsNameCase(word) && !lexicon.DiseaseWords.Contains(word) && !RulesOwnTheContext(index, i);
        }

        // "pt amber ws seen", "pt dolkar": a lower-case name right after a person cue or title, and since round 16 (decision 124)
        // the word after that one too ("pt hope grant", "son will hunter"): a lower-case full name. Lower-case words carry only
        // cue kinds (Vocabulary), so the clinical lists are asked here: "pt lasix" is a drug.
        return char.IsLower(word[0]) && (RightAfterCue(index, i) || IsSecondWordOfLowerCaseNameAfterCue(index, i)) && !IsLowerCaseClinical(index, i);
    }

    // "pt hope grant": the word before is lower case, of two letters or more, one space away, right after the cue, and no clinical word.
    private static bool IsSecondWordOfLowerCaseNameAfterCue(TokenIndex index, int i) =>
        i > 1 && char.IsLower(index.Text[index.Tokens[i - 1].Start]) && RightAfterCue(index, i - 1) && index.Tokens[i - 1].Length >= 2
        && index.Tokens[i].Start - index.Tokens[i - 1].End == 1 && !IsLowerCaseClinical(index, i - 1);

    private static bool RightAfterCue(TokenIndex index, int i) =>
        i > 0 && (index.Kinds[i - 1] & (WordKind.PersonCue | WordKind.StrongTitle)) != 0 && index.Tokens[i].Start - index.Tokens[i - 1].End <= 2;

    private static bool IsLowerCaseClinical(TokenIndex index, int i)
    {
        var lexicon = NameLexicon.Shared;
        var word = index.Text.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length);
        return (index.Kinds[i] & NeverNames) != 0 || lexicon.ClinicalTerms.Contains(word) || lexicon.Eponyms.Contains(word) || lexicon.DiseaseWords.Contains(word);
    }

    // Two places the rules already decide with lists the model has not got, and it may not overrule them: a word right before a
    // place of care ("the Millbrook clinic" is a town, "the Lipid clinic" a service) and a word before a state code after a
    // comma ("Bend, OR" is a town, "Exam Normal, OK to discharge" is not).
    private static bool RulesOwnTheContext(TokenIndex index, int i)
    {
        var next = i + 1;
        if (next >= index.Tokens.Count)
        {
            return false;
        }

        if ((index.Kinds[next] & WordKind.Institution) != 0)
        {
            return true;
        }

        var end = index.Tokens[i].PossessiveEnd;
        return (index.Kinds[next] & WordKind.State) != 0 && end < index.Text.Length && index.Text[end] == ',';
    }

    /// <summary>
    /// Drugs, diseases, eponyms, departments, months, states and the words that announce a name are never a name or place
    /// by the model's say: clinical retention is the product, so a clinical word is a strong negative before any score.
    /// </summary>
    public const WordKind NeverNames = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.State | WordKind.Holiday
        | WordKind.Title | WordKind.PersonCue | WordKind.HeadNoun | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.Institution;

    /// <summary>Appends the hashed features of token <paramref name="i"/> to <paramref name="features"/> (cleared first).</summary>
    public static void Extract(TokenIndex index, int i, ReadOnlySpan<TokenCover> cover, List<int> features)
    {
        features.Clear();
        var lexicon = NameLexicon.Shared;
        var tokens = index.Tokens;
        var token = tokens[i];
        var word = Word(index, i);
        Span<char> shape = stackalloc char[8];
        var shapeLength = Shape(word, shape);
        var ownShape = shape[..shapeLength];

        Add(features, WordTag, word);
        Add(features, ShapeTag, ownShape);
        for (var n = 2; n <= 4; n++)
        {
            if (word.Length > n)
            {
                Add(features, PrefixTags[n - 2], word[..n]);
                Add(features, SuffixTags[n - 2], word[^n..]);
            }
        }

        Add(features, LengthTag, Math.Min(word.Length, 12));
        Add(features, SentenceStartTag, token.SentenceStart ? 1 : 0);
        Add(features, PossessiveTag, token.IsPossessive ? 1 : 0);
        Add(features, PeriodAfterTag, token.PeriodAfter ? 1 : 0);
        Add(features, FirstTokenTag, i == 0 ? 1 : 0);

        // The lists' verdicts, alone and combined: "a given name that is also an English word" differs from either alone.
        var lists = ListedBits(index, i, word, withNameWordsAndCities: true) | (lexicon.EnglishWords.Contains(word) ? 4 : 0)
            | (lexicon.WordCities.Contains(word) ? 32 : 0);
        Add(features, ListsTag, lists);
        for (var bit = 0; bit < 6; bit++)
        {
            if ((lists & (1 << bit)) != 0)
            {
                Add(features, ListTag, bit);
            }
        }

        AddKinds(features, KindTag, index.Kinds[i] & ~NeverNames);
        Add(features, SentenceStartListsTag, (token.SentenceStart ? 64 : 0) | lists);

        for (var offset = -Context; offset <= Context; offset++)
        {
            if (offset != 0)
            {
                AddNeighbour(features, index, i, offset, cover);
            }
        }

        Add(features, WordsIntoSentenceTag, WordsIntoSentence(tokens, i));
        Add(features, NamedElsewhereTag, NamedElsewhere(index, i, cover) ? 1 : 0);
        Add(features, GapBeforeTag, Gap(index, i - 1, i));
        Add(features, GapAfterTag, Gap(index, i, i + 1));
        var previous = i > 0 ? Word(index, i - 1) : "^";
        Add(features, PreviousWordShapeTag, previous, ownShape);
        var next = i + 1 < tokens.Count ? Word(index, i + 1) : "$";
        Add(features, ShapeNextWordTag, ownShape, next);
        Add(features, ListsPreviousWordTag, previous, lists);
        AddCombinedContext(index, i, cover, features, lists); // round 9's features (NameTokenFeatures.Combined.cs)
        AddRound19Context(index, i, features, lists); // round 19's (NameTokenFeatures.Round19.cs)
    }

    /// <summary>
    /// Whether the given-name and surname lists hold the word (bits 1 and 2), and the name-word and city lists (8 and 16) when
    /// asked. For a capitalised ASCII word the vocabulary has already answered in the token's kinds (decision 102): its table is
    /// built from the same lists, folded the same way, so the kinds give the lists' own answers without the lookups.
    /// Any other word asks the lists.
    /// </summary>
    internal static int ListedBits(TokenIndex index, int i, ReadOnlySpan<char> word, bool withNameWordsAndCities)
    {
        if (KindsHoldNameLists(index, i, word))
        {
            var kinds = index.Kinds[i];
            var bits = ((kinds & WordKind.FirstName) != 0 ? 1 : 0) | ((kinds & WordKind.Surname) != 0 ? 2 : 0);
            return withNameWordsAndCities ? bits | ((kinds & WordKind.NameWord) != 0 ? 8 : 0) | ((kinds & WordKind.City) != 0 ? 16 : 0) : bits;
        }

        var lexicon = NameLexicon.Shared;
        var listed = (lexicon.FirstNames.Contains(word) ? 1 : 0) | (lexicon.Surnames.Contains(word) ? 2 : 0);
        return withNameWordsAndCities ? listed | (lexicon.NameWords.Contains(word) ? 8 : 0) | (lexicon.Cities.Contains(word) ? 16 : 0) : listed;
    }

    // The vocabulary looks a word up whole and in its full table (which keeps the name kinds) only when the word starts with a
    // capital and is at most its longest word; ASCII, so its folding and the lists' ordinal ignore-case agree letter for letter.
    private static bool KindsHoldNameLists(TokenIndex index, int i, ReadOnlySpan<char> word) =>
        word.Length == index.Tokens[i].Length && word.Length <= Vocabulary.LongestWord && char.IsAsciiLetterUpper(word[0])
        && System.Text.Ascii.IsValid(word);

    private static void AddNeighbour(List<int> features, TokenIndex index, int i, int offset, ReadOnlySpan<TokenCover> cover)
    {
        var k = i + offset;
        var tags = NeighbourTags[offset + Context];
        if (k < 0 || k >= index.Tokens.Count)
        {
            Add(features, EdgeTag, offset);
            return;
        }

        var word = Word(index, k);
        Span<char> shape = stackalloc char[8];
        Add(features, tags[0], word);
        Add(features, tags[1], shape[..Shape(word, shape)]);
        AddKinds(features, tags[2], index.Kinds[k] & ContextKinds);
        Add(features, tags[3], (int)cover[k]);
    }

    // How far into its sentence the word stands: 0 opens it, 3 or more is deep inside.
    private static int WordsIntoSentence(List<NameToken> tokens, int i)
    {
        var n = 0;
        while (n < 3 && i - n > 0 && !tokens[i - n].SentenceStart)
        {
            n++;
        }

        return n;
    }

    // The same word inside a name the rules found elsewhere in the post ("Hazel ... Dr. Okafor saw Hazel Moss"); looked for
    // within a window, so a long post stays linear.
    private static bool NamedElsewhere(TokenIndex index, int i, ReadOnlySpan<TokenCover> cover)
    {
        const int Window = 200;
        var word = Word(index, i);
        var from = Math.Max(0, i - Window);
        var to = Math.Min(index.Tokens.Count, i + Window);
        for (var k = from; k < to; k++)
        {
            if (cover[k] == TokenCover.Name && k != i && index.Tokens[k].Length == word.Length && Word(index, k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The tags of each neighbour's word, shape, kinds and cover, hashed once (offset -2..+2, the middle unused).
    private static readonly uint[][] NeighbourTags =
        [.. Enumerable.Range(-Context, (2 * Context) + 1).Select(o => new[] { Tag($"{o}w"), Tag($"{o}s"), Tag($"{o}k"), Tag($"{o}d") })];

    private static void AddKinds(List<int> features, uint tag, WordKind kinds)
    {
        var bits = (uint)kinds;
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            Add(features, tag, bit);
            bits &= bits - 1;
        }
    }

    private static ReadOnlySpan<char> Word(TokenIndex index, int i)
    {
        var token = index.Tokens[i];
        return index.Text.AsSpan(token.Start, Math.Min(token.Length, 24));
    }

    // The characters between two tokens, spaces folded: "," ", (" "." or "_" for a plain space; at most 4 kept.
    private static ReadOnlySpan<char> Gap(TokenIndex index, int left, int right)
    {
        if (left < 0 || right >= index.Tokens.Count)
        {
            return "edge";
        }

        var from = index.Tokens[left].PossessiveEnd;
        var to = index.Tokens[right].Start;
        var gap = index.Text.AsSpan(from, Math.Max(0, to - from)).Trim();
        if (gap.IsEmpty)
        {
            return to > from ? "_" : "";
        }

        return gap.Length > 4 ? "long" : gap.ContainsAnyInRange('0', '9') ? "num" : gap;
    }

    // "Xx", "X", "x", "Xx-Xx", "Xx'Xx", "XX": runs of one character class collapsed, at most 8 characters.
    private static int Shape(ReadOnlySpan<char> word, Span<char> shape)
    {
        var length = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (kind != last && length < shape.Length)
            {
                shape[length++] = kind;
                last = kind;
            }
        }

        return length;
    }

    // The features' tags, each hashed once: every feature starts from its tag's hash, and hashing the tag again for each
    // feature of each candidate was a large share of the extraction's hashing. The values are those Hash(Seed, tag) gives,
    // so the buckets, and the shipped weights' meaning, are unchanged.
    private static readonly uint WordTag = Tag("w");
    private static readonly uint ShapeTag = Tag("s");
    private static readonly uint LengthTag = Tag("len");
    private static readonly uint SentenceStartTag = Tag("ss");
    private static readonly uint PossessiveTag = Tag("pos");
    private static readonly uint PeriodAfterTag = Tag("dot");
    private static readonly uint FirstTokenTag = Tag("first");
    private static readonly uint ListsTag = Tag("lists");
    private static readonly uint ListTag = Tag("list");
    private static readonly uint SentenceStartListsTag = Tag("ss|lists");
    private static readonly uint WordsIntoSentenceTag = Tag("nth");
    private static readonly uint NamedElsewhereTag = Tag("named-elsewhere");
    private static readonly uint GapBeforeTag = Tag("g-1");
    private static readonly uint GapAfterTag = Tag("g+1");
    private static readonly uint PreviousWordShapeTag = Tag("w-1|s");
    private static readonly uint ShapeNextWordTag = Tag("s|w+1");
    private static readonly uint ListsPreviousWordTag = Tag("lists|w-1");
    private static readonly uint EdgeTag = Tag("edge");
    private static readonly uint KindTag = Tag("k");
    private static readonly uint[] PrefixTags = [Tag("p2"), Tag("p3"), Tag("p4")];
    private static readonly uint[] SuffixTags = [Tag("x2"), Tag("x3"), Tag("x4")];

    private static uint Tag(string tag) => Hash(Seed, tag);

    private static void Add(List<int> features, uint tag, ReadOnlySpan<char> value) => features.Add(Bucket(Hash(tag, value)));

    private static void Add(List<int> features, uint tag, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        features.Add(Bucket(Hash(Hash(Hash(tag, first), "|"), second)));

    private static void Add(List<int> features, uint tag, ReadOnlySpan<char> value, int number) =>
        features.Add(Bucket(Hash(Hash(tag, value), number)));

    private static void Add(List<int> features, uint tag, int value) => features.Add(Bucket(Hash(tag, value)));

    private const uint Seed = 2166136261;

    private static uint Hash(uint hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            // ASCII letters folded inline (the same value char.ToLowerInvariant gives); other characters through it.
            var lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * 16777619;
        }

        return (hash ^ 0x1F) * 16777619; // a separator, so ("ab","c") and ("a","bc") differ
    }

    private static uint Hash(uint hash, int value)
    {
        for (var shift = 0; shift < 32; shift += 8)
        {
            hash = (hash ^ (uint)((value >> shift) & 0xFF)) * 16777619;
        }

        return hash;
    }

    private static int Bucket(uint hash) => (int)(hash & (Buckets - 1));
}
