using System.Runtime.InteropServices;
using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging.Disambiguation;

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
public sealed partial class ClinicalTagger : ITextTagger
{
    // ScanTerms' hit list, reused per thread: the list only lives inside one call, so no per-post growth allocations.
    [ThreadStatic]
    private static List<PhraseHit>? _scanHits;

    // Run's working lists, reused per thread: none of them outlives the call (the result copies what it keeps), so a
    // post allocates only its result instead of growing seven lists from empty.
    [ThreadStatic]
    private static RunLists? _runLists;

    private readonly ClinicalTermCatalog _catalog;
    private readonly AmbiguityModel? _disambiguation;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords;
    private readonly Func<int, bool> _isEntity;
    private readonly Func<int, bool> _isCue;
    private readonly Func<int, bool> _isWatch;
    private readonly Func<PhraseHit, EntityType> _typeOf;
    private readonly DeviceBackReferences _deviceBackReferences;

    /// <param name="lexicon">The vocabulary to compile.</param>
    /// <param name="watchTerms">Client watch terms compiled into the same automaton; reported by <see cref="TagWithWatchTerms"/>.</param>
    /// <param name="disambiguation">Decides ambiguous abbreviations and word-like names from context; null keeps the rules (see docs/taggers.md).</param>
    public ClinicalTagger(ClinicalLexicon lexicon, IEnumerable<(string Term, string Label)>? watchTerms = null, AmbiguityModel? disambiguation = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _catalog = ClinicalTermCatalog.ForTagging(lexicon, watchTerms);
        _disambiguation = disambiguation;
        _commonWords = new HashSet<string>(lexicon.CommonWords.Concat(_catalog.TermWords), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = _catalog.Terms;
        _isEntity = id => terms[id].Entity >= 0 || terms[id].NotMention;
        _isCue = id => terms[id].Cues != CueFlags.None;
        _isWatch = id => terms[id].Watch >= 0;
        _typeOf = hit => _catalog.Entities[terms[hit.TermId].Entity].Type;
        _deviceBackReferences = new DeviceBackReferences(_catalog);
    }

    /// <summary>A tagger over the embedded lexicons and disambiguation model, without watch terms.</summary>
    public static ClinicalTagger CreateDefault() => new(ClinicalLexicon.LoadEmbedded(), disambiguation: AmbiguityModel.LoadEmbedded());

    public TagResult Tag(string text) => Run(text, watch: false).Tags;

    public WatchedTagResult TagWithWatchTerms(string text) => Run(text, watch: true);

    /// <summary>
    /// The dictionary pass alone: normalize and run the one automaton scan over every lexicon term, sentiment word,
    /// cue and watch term, without resolving entities or context. Returns the raw hit count (overlaps included).
    /// For benchmarks and diagnostics.
    /// </summary>
    public int ScanTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalized = NormalizedText.Create(text);
        var hits = _scanHits ??= [];
        hits.Clear();
        _catalog.Automaton.FindAll(normalized.Chars, hits);
        return hits.Count;
    }

    /// <summary>Every normalized term the automaton holds (for benchmark peers that scan the same vocabulary).</summary>
    public IReadOnlyList<string> CompiledTerms => [.. _catalog.TermTexts.Take(_catalog.Automaton.TermCount)];

    private WatchedTagResult Run(string text, bool watch)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalized = NormalizedText.Create(text);
        var chars = normalized.Chars;
        var terms = _catalog.Terms;
        var lists = _runLists is { IsOversized: false } reused ? reused : _runLists = new RunLists();
        var scan = Scan(normalized, lists.Scan);
        var (hits, entityHits, cueHits, sentenceEnds) = scan;
        var clauseEnds = lists.ClauseEnds;
        clauseEnds.Clear();
        TextStructure.ClauseEnds(chars, cueHits, terms, clauseEnds);
        if (_disambiguation is null)
        {
            AmbiguousAbbreviations.DropUnsupported(_catalog, normalized, entityHits, cueHits, sentenceEnds);
            LookalikeWords.Drop(_catalog, normalized, entityHits, sentenceEnds);
        }
        else
        {
            ModelDisambiguation.Drop(_catalog, normalized, scan, _disambiguation);
        }
        LabValueMentions.Drop(_catalog, chars, entityHits);
        InfectionTests.Drop(_catalog, chars, entityHits);
        CultureGrowth.Drop(_catalog, chars, entityHits);
        ConditionWordsInContext.Add(_catalog, normalized, entityHits);
        DiabetesByTypeAlone.Add(_catalog, chars, entityHits);
        SubjectReadings.Apply(_catalog, chars, entityHits);
        QuitSmokingByIntent.Apply(_catalog, chars, entityHits);
        InitialsInCapitals.Apply(_catalog, normalized, entityHits);
        _deviceBackReferences.Add(chars, entityHits, terms);
        var roles = EntityRoles.Assign(chars, entityHits, _typeOf, sentenceEnds);
        var entityOf = DualReadings.Resolve(_catalog, chars, entityHits, cueHits, roles, sentenceEnds);
        VaccineLists.Resolve(_catalog, chars, entityHits, entityOf);
        ExplainedManifestations.Drop(_catalog, entityHits, roles, entityOf);
        GoutFlareExtent.Trim(_catalog, chars, entityHits, entityOf);
        VaccineBackReferences.Resolve(_catalog, chars, entityHits, entityOf);

        var items = lists.Items;
        items.Clear();
        LexiconSentimentScorer.CollectItems(_catalog, hits, items, entityHits);
        DropIndicationFindings(items, entityHits, roles);
        var post = SentimentScoring.Score(chars, CollectionsMarshal.AsSpan(items));
        DropSentimentNegations(chars, cueHits, items, entityHits);

        var sentenceOf = new int[entityHits.Count];
        var clauseOf = new int[entityHits.Count];
        var clauseHasProduct = new bool[clauseEnds.Count];
        int sentence = 0, clause = 0;
        for (var e = 0; e < entityHits.Count; e++)
        {
            sentenceOf[e] = sentence = TextStructure.SegmentOf(sentenceEnds, entityHits[e].Start, sentence);
            clauseOf[e] = clause = TextStructure.SegmentOf(clauseEnds, entityHits[e].Start, clause);
            var type = _catalog.Entities[terms[entityHits[e].TermId].Entity].Type;
            clauseHasProduct[clause] |= type.IsDrug() || type == EntityType.Device;
        }

        var clauseSentiment = ScoreClauses(chars, items, clauseEnds);
        Sentiment[]? opinionOnly = null; // clause sentiment without findings, for drugs a finding is not about
        var entities = new List<TaggedEntity>(entityHits.Count);
        var firstCue = 0;
        for (var e = 0; e < entityHits.Count; e++)
        {
            var hit = entityHits[e];
            var definition = _catalog.Entities[entityOf[e]];
            var sentenceStart = TextStructure.SegmentStart(sentenceEnds, sentenceOf[e]);
            var sentenceEnd = sentenceEnds[sentenceOf[e]];
            while (firstCue < cueHits.Count && cueHits[firstCue].Start < sentenceStart)
            {
                firstCue++;
            }

            var sentimentSource = roles[e] is EntityRole.SwitchTarget or EntityRole.Treatment
                ? opinionOnly ??= ScoreClauses(chars, items.FindAll(static i => i.Kind != SentimentItemKind.Finding), clauseEnds)
                : clauseSentiment;
            var context = ContextRules.Evaluate(chars, hit, definition.Type, sentenceStart, sentenceEnd, cueHits, firstCue, terms);
            var start = normalized.OriginalStart(hit.Start);
            var end = normalized.OriginalEnd(hit.End);
            entities.Add(new TaggedEntity(
                BrandShorthand.TypeOf(definition, text.AsSpan(start, end - start)), text[start..end], start, end, definition.CanonicalId, definition.CanonicalName,
                context.Negated, context.Uncertain, EntitySentiment(sentimentSource, clauseHasProduct, clauseEnds, clauseOf[e], sentenceEnd))
            {
                FamilyHistory = context.FamilyHistory,
                Hypothetical = context.Hypothetical,
            });
        }

        var tags = new TagResult(entities, AdverseEventPairing.Pair(entities, roles, sentenceOf, clauseOf, chars, sentenceEnds), post.Label, post.Score);
        return new WatchedTagResult(tags, watch ? FindWatchTerms(normalized, hits) : []);
    }

    /// <summary>
    /// Every occurrence of a term whose sense a rule decides (ambiguous abbreviations, names that are ordinary
    /// words), with the rule's verdict and the disambiguation model's features: for training and evaluating that
    /// model against the rules (<see cref="AmbiguityComparison"/>).
    /// </summary>
    public IReadOnlyList<AmbiguityCandidate> FindAmbiguityCandidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalized = NormalizedText.Create(text);
        return [.. AmbiguityCandidates.Collect(_catalog, normalized, Scan(normalized, new TermScan([], [], [], [])), describeIneligible: true).Select(c => c.Candidate)];
    }

    /// <summary>The one automaton scan: all hits, the entity and cue hits each selected leftmost-longest, and sentence ends.</summary>
    /// <param name="into">The lists to fill; cleared first.</param>
    private TermScan Scan(NormalizedText normalized, TermScan into)
    {
        var chars = normalized.Chars;
        var terms = _catalog.Terms;
        var (hits, entityHits, cueHits, sentenceEnds) = into;
        hits.Clear();
        entityHits.Clear();
        cueHits.Clear();
        sentenceEnds.Clear();
        _catalog.Automaton.FindAll(chars, hits);
        PhraseAutomaton.SelectLongest(hits, _isEntity, entityHits);
        RemoveUnlisted(normalized, entityHits);
        PhraseAutomaton.SelectLongest(hits, _isCue, cueHits);
        FuzzyMatching.Add(_catalog, _commonWords, normalized, entityHits);
        TextStructure.SentenceEnds(chars, sentenceEnds);
        return into;
    }

    /// <summary>Drops not-a-mention hits and hits whose spelling the lexicon fixes but the text does not use, in place.</summary>
    private void RemoveUnlisted(NormalizedText normalized, List<PhraseHit> entityHits)
    {
        var terms = _catalog.Terms;
        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            var hit = entityHits[read];
            if (terms[hit.TermId].Entity >= 0 && HasLexiconSpelling(normalized, hit, terms[hit.TermId].ExactSpelling)
                && !(terms[hit.TermId].AcronymEndingInS && IsLowerCasePlural(normalized, hit)))
            {
                entityHits[write++] = hit;
            }
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    /// <summary>"PrEP" names the prophylaxis; "prep" and "Prep" are the bowel prep (<see cref="TermInfo.ExactSpelling"/>).</summary>
    private static bool HasLexiconSpelling(NormalizedText normalized, PhraseHit hit, string? spelling)
    {
        if (spelling is null)
        {
            return true;
        }

        var start = normalized.OriginalStart(hit.Start);
        return normalized.Original.AsSpan(start, normalized.OriginalEnd(hit.End) - start).SequenceEqual(spelling);
    }

    /// <summary>
    /// "EDs", "MDs": capitals then a lower-case s. Physicians pluralise an acronym so ("most EDs stock it", "two MDs
    /// agreed"), so an acronym that itself ends in S (Ehlers-Danlos "EDS", myelodysplastic "MDS") is not what they wrote.
    /// </summary>
    private static bool IsLowerCasePlural(NormalizedText normalized, PhraseHit hit)
    {
        var start = normalized.OriginalStart(hit.Start);
        var surface = normalized.Original.AsSpan(start, normalized.OriginalEnd(hit.End) - start);
        if (surface.Length < 3 || surface[^1] != 's')
        {
            return false;
        }

        foreach (var c in surface[..^1])
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Sentiment[] ScoreClauses(ReadOnlySpan<char> chars, List<SentimentItem> items, List<int> clauseEnds)
    {
        var labels = new Sentiment[clauseEnds.Count];
        var all = CollectionsMarshal.AsSpan(items);
        var first = 0;
        for (var c = 0; c < clauseEnds.Count; c++)
        {
            var last = first;
            while (last < all.Length && all[last].Start < clauseEnds[c])
            {
                last++;
            }

            labels[c] = last > first ? SentimentScoring.Score(chars, all[first..last]).Label : Sentiment.Neutral;
            first = last;
        }

        return labels;
    }

    /// <summary>
    /// The sentiment of the entity's clause. A neutral clause borrows from the next opinionated clause of the
    /// same sentence, unless a drug or device clause comes first: "now on Rinvoq, doing great" is positive for
    /// Rinvoq, while "Eliquis is fine, Xarelto was a nightmare" keeps Xarelto's verdict off Eliquis.
    /// </summary>
    private static Sentiment EntitySentiment(Sentiment[] clauseSentiment, bool[] clauseHasProduct, List<int> clauseEnds, int clause, int sentenceEnd)
    {
        for (var c = clause; c < clauseEnds.Count && TextStructure.SegmentStart(clauseEnds, c) < sentenceEnd; c++)
        {
            if (c > clause && clauseHasProduct[c])
            {
                break;
            }

            if (clauseSentiment[c] != Sentiment.Neutral)
            {
                return clauseSentiment[c];
            }
        }

        return Sentiment.Neutral;
    }

    /// <summary>
    /// "not impressed", "no good": a negation trigger directly on a sentiment word negates the opinion, not the
    /// findings after it, so it leaves NegEx. It stays when that word is itself a finding ("no side effects").
    /// </summary>
    private void DropSentimentNegations(ReadOnlySpan<char> chars, List<PhraseHit> cueHits, List<SentimentItem> items, List<PhraseHit> entityHits)
    {
        var terms = _catalog.Terms;
        int write = 0, item = 0, entity = 0;
        for (var read = 0; read < cueHits.Count; read++)
        {
            var cue = cueHits[read];
            var drop = false;
            if ((terms[cue.TermId].Cues & CueFlags.NegationPre) != 0)
            {
                // The sentiment word either swallows the trigger ("not impressed") or follows it directly ("no good");
                // a word that merely overlaps it ("biopsy negative" against "negative for") is neither.
                while (item < items.Count && items[item].End <= cue.Start)
                {
                    item++;
                }

                var next = item;
                while (next < items.Count && items[next].Start < cue.End && !(items[next].Start <= cue.Start && items[next].End >= cue.End))
                {
                    next++;
                }

                if (next < items.Count && items[next].Kind == SentimentItemKind.Polarity && TextStructure.WordsBetween(chars, cue.End, Math.Max(items[next].Start, cue.End)) == 0)
                {
                    var polar = items[next];
                    while (entity < entityHits.Count && entityHits[entity].End <= polar.Start)
                    {
                        entity++;
                    }

                    drop = entity >= entityHits.Count || entityHits[entity].Start >= polar.End;
                }
            }

            if (!drop)
            {
                cueHits[write++] = cue;
            }
        }

        cueHits.RemoveRange(write, cueHits.Count - write);
    }

    /// <summary>An indication ("Cipro for the UTI") is not bad news about the drug or the post.</summary>
    private static void DropIndicationFindings(List<SentimentItem> items, List<PhraseHit> entityHits, EntityRole[] roles)
    {
        // Both lists are sorted by start: one merge pass.
        int write = 0, e = 0;
        for (var read = 0; read < items.Count; read++)
        {
            var item = items[read];
            while (e < entityHits.Count && entityHits[e].Start < item.Start)
            {
                e++;
            }

            var indication = item.Kind == SentimentItemKind.Finding && e < entityHits.Count && entityHits[e].Start == item.Start && roles[e] == EntityRole.Indication;
            if (!indication)
            {
                items[write++] = item;
            }
        }

        items.RemoveRange(write, items.Count - write);
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

    /// <summary>One thread's working lists for <see cref="Run"/>.</summary>
    private sealed class RunLists
    {
        private const int MaxKeptHits = 16_384;

        public TermScan Scan { get; } = new([], [], [], []);
        public List<int> ClauseEnds { get; } = [];
        public List<SentimentItem> Items { get; } = [];

        /// <summary>After a very long text, start again small rather than hold its capacity for the thread's life.</summary>
        public bool IsOversized => Scan.Hits.Capacity > MaxKeptHits;
    }
}
