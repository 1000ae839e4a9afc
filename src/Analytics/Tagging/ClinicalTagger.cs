using System.Runtime.InteropServices;
using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Tagging;

/// <summary>A client watch term found in a post.</summary>
public sealed record WatchTermMatch(string Label, string Surface, int Start, int End);

/// <summary>Tags plus the client watch terms found in the same single pass.</summary>
public sealed record WatchedTagResult(TagResult Tags, IReadOnlyList<WatchTermMatch> WatchTerms);

/// <summary>
/// Tags brands, generics, devices, diseases and adverse events in scrubbed physician text, with NegEx context,
/// adverse-event pairs and per-clause sentiment. The text is normalized once and scanned once by an
/// Aho-Corasick automaton holding every lexicon term, sentiment word, context cue and watch term; offsets map
/// back to the input, so <c>text[Start..End] == Surface</c>. Immutable after construction: share one instance.
/// </summary>
public sealed class ClinicalTagger : ITextTagger
{
    private const int AbbreviationContextWords = 3;

    // An ambiguous abbreviation (MS, RA, MI, PE, AS, CA...) counts only when written in capitals AND backed by
    // clinical context: another unambiguous entity or a context cue in the same sentence, or one of these words
    // among the three before it ("hx of MS", "s/p MI", "r/o PE").
    private static readonly HashSet<string> AbbreviationCueWords = new(StringComparer.Ordinal)
    {
        "hx", "dx", "h", "o", "s", "p", "diagnosed", "diagnosis", "history", "known", "with", "for", "severe", "mild",
        "moderate", "acute", "chronic", "new", "suspected", "pt", "patient", "patients", "treat", "treating", "treated",
        "managing", "worsening", "active", "relapsing", "massive", "submassive", "saddle", "bilateral", "inferior",
        "anterior", "lateral", "prior", "recent", "old", "had", "has",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationCues =
        AbbreviationCueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ClinicalTermCatalog _catalog;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords;
    private readonly Func<int, bool> _isEntity;
    private readonly Func<int, bool> _isCue;
    private readonly Func<int, bool> _isWatch;

    /// <param name="lexicon">The vocabulary to compile.</param>
    /// <param name="watchTerms">Client watch terms compiled into the same automaton; reported by <see cref="TagWithWatchTerms"/>.</param>
    public ClinicalTagger(ClinicalLexicon lexicon, IEnumerable<(string Term, string Label)>? watchTerms = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _catalog = ClinicalTermCatalog.ForTagging(lexicon, watchTerms);
        _commonWords = new HashSet<string>(lexicon.CommonWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = _catalog.Terms;
        _isEntity = id => terms[id].Entity >= 0;
        _isCue = id => terms[id].Cues != CueFlags.None;
        _isWatch = id => terms[id].Watch >= 0;
    }

    /// <summary>A tagger over the embedded lexicons, without watch terms.</summary>
    public static ClinicalTagger CreateDefault() => new(ClinicalLexicon.LoadEmbedded());

    public TagResult Tag(string text) => Run(text, watch: false).Tags;

    public WatchedTagResult TagWithWatchTerms(string text) => Run(text, watch: true);

    private WatchedTagResult Run(string text, bool watch)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalized = NormalizedText.Create(text);
        var chars = normalized.Chars;
        var terms = _catalog.Terms;

        var hits = new List<PhraseHit>();
        _catalog.Automaton.FindAll(chars, hits);
        var entityHits = new List<PhraseHit>();
        PhraseAutomaton.SelectLongest(hits, _isEntity, entityHits);
        var cueHits = new List<PhraseHit>();
        PhraseAutomaton.SelectLongest(hits, _isCue, cueHits);
        AddFuzzyMatches(chars, entityHits);

        var sentenceEnds = new List<int>();
        TextStructure.SentenceEnds(chars, sentenceEnds);
        var clauseEnds = new List<int>();
        TextStructure.ClauseEnds(chars, cueHits, terms, clauseEnds);
        DropUnsupportedAbbreviations(normalized, entityHits, cueHits, sentenceEnds);

        var items = new List<SentimentItem>();
        LexiconSentimentScorer.CollectItems(_catalog, hits, items, entityHits);
        var post = SentimentScoring.Score(chars, CollectionsMarshal.AsSpan(items));

        var entities = new List<TaggedEntity>(entityHits.Count);
        var sentenceOf = new int[entityHits.Count];
        var clauseOf = new int[entityHits.Count];
        int sentence = 0, clause = 0, firstCue = 0, firstItem = 0, scoredClause = -1;
        var clauseSentiment = Tagging.Sentiment.Neutral;
        for (var e = 0; e < entityHits.Count; e++)
        {
            var hit = entityHits[e];
            var definition = _catalog.Entities[terms[hit.TermId].Entity];
            sentence = TextStructure.SegmentOf(sentenceEnds, hit.Start, sentence);
            clause = TextStructure.SegmentOf(clauseEnds, hit.Start, clause);
            var sentenceStart = TextStructure.SegmentStart(sentenceEnds, sentence);
            while (firstCue < cueHits.Count && cueHits[firstCue].Start < sentenceStart)
            {
                firstCue++;
            }

            var context = ContextRules.Evaluate(chars, hit, definition.Type, sentenceStart, sentenceEnds[sentence], cueHits, firstCue, terms);
            if (clause != scoredClause)
            {
                (clauseSentiment, firstItem) = ScoreClause(chars, items, TextStructure.SegmentStart(clauseEnds, clause), clauseEnds[clause], firstItem);
                scoredClause = clause;
            }

            sentenceOf[e] = sentence;
            clauseOf[e] = clause;
            var start = normalized.OriginalStart(hit.Start);
            var end = normalized.OriginalEnd(hit.End);
            entities.Add(new TaggedEntity(
                definition.Type, text[start..end], start, end, definition.CanonicalId, definition.CanonicalName,
                context.Negated, context.Uncertain, clauseSentiment)
            {
                FamilyHistory = context.FamilyHistory,
            });
        }

        var tags = new TagResult(entities, PairAdverseEvents(entities, sentenceOf, clauseOf), post.Label, post.Score);
        return new WatchedTagResult(tags, watch ? FindWatchTerms(normalized, hits) : []);
    }

    private static (Sentiment Label, int FirstItem) ScoreClause(ReadOnlySpan<char> chars, List<SentimentItem> items, int start, int end, int firstItem)
    {
        while (firstItem < items.Count && items[firstItem].Start < start)
        {
            firstItem++;
        }

        var last = firstItem;
        while (last < items.Count && items[last].Start < end)
        {
            last++;
        }

        var slice = CollectionsMarshal.AsSpan(items)[firstItem..last];
        return (SentimentScoring.Score(chars, slice).Label, firstItem);
    }

    /// <summary>
    /// Each adverse event that is neither negated nor uncertain pairs with the drugs in its clause, or, when its
    /// clause names none, with every drug in its sentence ("Xarelto gave him a GI bleed" pairs Xarelto only even
    /// when "Eliquis has been great" shares the sentence).
    /// </summary>
    private static List<AdverseEventPair> PairAdverseEvents(List<TaggedEntity> entities, int[] sentenceOf, int[] clauseOf)
    {
        var pairs = new List<AdverseEventPair>();
        for (var a = 0; a < entities.Count; a++)
        {
            var adverse = entities[a];
            if (adverse.Type != EntityType.AdverseEvent || adverse.Negated || adverse.Uncertain)
            {
                continue;
            }

            var inClause = false;
            for (var d = 0; d < entities.Count; d++)
            {
                inClause |= IsDrug(entities[d]) && clauseOf[d] == clauseOf[a];
            }

            for (var d = 0; d < entities.Count; d++)
            {
                if (IsDrug(entities[d]) && !entities[d].Negated && (inClause ? clauseOf[d] == clauseOf[a] : sentenceOf[d] == sentenceOf[a]))
                {
                    pairs.Add(new AdverseEventPair(entities[d], adverse));
                }
            }
        }

        return pairs;
    }

    private static bool IsDrug(TaggedEntity entity) => entity.Type is EntityType.Brand or EntityType.Generic;

    /// <summary>
    /// Edit-distance-1 matches for tokens no exact term covered: letters only, not an ordinary English word,
    /// same first letter as a drug or device name of six or more letters (see <see cref="FuzzyTermIndex"/>).
    /// </summary>
    private void AddFuzzyMatches(ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var covered = 0;
        var exactCount = entityHits.Count;
        var i = 0;
        while (i < chars.Length)
        {
            if (!NormalizedText.IsWordChar(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var lettersOnly = true;
            while (i < chars.Length && NormalizedText.IsWordChar(chars[i]))
            {
                lettersOnly &= char.IsAsciiLetterLower(chars[i]);
                i++;
            }

            while (covered < exactCount && entityHits[covered].End <= start)
            {
                covered++;
            }

            var overlapsExact = covered < exactCount && entityHits[covered].Start < i;
            var token = chars[start..i];
            if (!lettersOnly || overlapsExact || token.Length < FuzzyTermIndex.MinTermLength - 1 || _commonWords.Contains(token))
            {
                continue;
            }

            var termId = _catalog.Fuzzy.Find(token);
            if (termId >= 0)
            {
                entityHits.Add(new PhraseHit(start, i, termId));
            }
        }

        if (entityHits.Count > exactCount)
        {
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private void DropUnsupportedAbbreviations(NormalizedText normalized, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            var hit = entityHits[read];
            if (!_catalog.Entities[_catalog.Terms[hit.TermId].Entity].Ambiguous
                || IsSupportedAbbreviation(normalized, hit, entityHits, cueHits, sentenceEnds))
            {
                entityHits[write++] = hit;
            }
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    private bool IsSupportedAbbreviation(NormalizedText text, PhraseHit hit, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var terms = _catalog.Terms;
        var chars = text.Chars;
        var originalStart = text.OriginalStart(hit.Start);
        foreach (var c in text.Original.AsSpan(originalStart, text.OriginalEnd(hit.End) - originalStart))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        var sentence = TextStructure.SegmentOf(sentenceEnds, hit.Start, 0);
        var sentenceStart = TextStructure.SegmentStart(sentenceEnds, sentence);
        var sentenceEnd = sentenceEnds[sentence];
        foreach (var other in entityHits)
        {
            if (other.Start >= sentenceStart && other.End <= sentenceEnd && !_catalog.Entities[terms[other.TermId].Entity].Ambiguous)
            {
                return true;
            }
        }

        foreach (var cue in cueHits)
        {
            if (cue.Start >= sentenceStart && cue.End <= sentenceEnd && (terms[cue.TermId].Cues & ~CueFlags.ClauseBreak) != 0)
            {
                return true;
            }
        }

        var words = 0;
        var end = hit.Start;
        for (var i = hit.Start - 1; i >= sentenceStart && words < AbbreviationContextWords; i--)
        {
            if (!NormalizedText.IsWordChar(chars[i]))
            {
                end = i;
                continue;
            }

            if (i == 0 || !NormalizedText.IsWordChar(chars[i - 1]))
            {
                words++;
                if (AbbreviationCues.Contains(chars[i..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<WatchTermMatch> FindWatchTerms(NormalizedText normalized, List<PhraseHit> hits)
    {
        var watchHits = new List<PhraseHit>();
        PhraseAutomaton.SelectLongest(hits, _isWatch, watchHits);
        var matches = new List<WatchTermMatch>(watchHits.Count);
        foreach (var hit in watchHits)
        {
            var start = normalized.OriginalStart(hit.Start);
            var end = normalized.OriginalEnd(hit.End);
            matches.Add(new WatchTermMatch(_catalog.WatchLabels[_catalog.Terms[hit.TermId].Watch], normalized.Original[start..end], start, end));
        }

        return matches;
    }
}
