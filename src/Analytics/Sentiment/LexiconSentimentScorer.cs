using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Sentiments;

/// <summary>
/// Lexicon sentiment for physician posts. Phrases beat their words by longest match, so clinical traps read
/// right: "negative for malignancy" and "clean scan" are good news, "positive troponin" and "progressed" bad.
/// Negation flips ("not great"), intensifiers scale ("very effective"), adverse events count as bad news unless
/// negated ("no bleeding"). Thread-safe; build once and share.
/// </summary>
public sealed class LexiconSentimentScorer
{
    private readonly ClinicalTermCatalog _catalog;

    public LexiconSentimentScorer(ClinicalLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _catalog = ClinicalTermCatalog.ForSentiment(lexicon);
    }

    public static LexiconSentimentScorer CreateDefault() => new(ClinicalLexicon.LoadEmbedded());

    public SentimentResult Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalized = NormalizedText.Create(text);
        var hits = new List<PhraseHit>();
        _catalog.Automaton.FindAll(normalized.Chars, hits);
        var items = new List<SentimentItem>();
        CollectItems(_catalog, hits, items);
        return SentimentScoring.Score(normalized.Chars, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
    }

    /// <summary>
    /// Sentiment items from raw automaton hits: the leftmost-longest sentiment terms, plus adverse-event
    /// entities that no sentiment term overlaps. <paramref name="entityHits"/>, when given, are the tagger's
    /// already-resolved entities (so rejected ambiguous hits do not count).
    /// </summary>
    internal static void CollectItems(ClinicalTermCatalog catalog, List<PhraseHit> hits, List<SentimentItem> items, List<PhraseHit>? entityHits = null)
    {
        var terms = catalog.Terms;
        var sentimentHits = new List<PhraseHit>();
        PhraseAutomaton.SelectLongest(hits, id => terms[id].Sentiment >= 0, sentimentHits);
        if (entityHits is null)
        {
            entityHits = [];
            PhraseAutomaton.SelectLongest(hits, id => terms[id].Entity >= 0, entityHits);
        }

        foreach (var hit in sentimentHits)
        {
            var term = catalog.Sentiment[terms[hit.TermId].Sentiment];
            var kind = term.Kind switch
            {
                SentimentTermKind.Negator => SentimentItemKind.Negator,
                SentimentTermKind.Intensifier => SentimentItemKind.Intensifier,
                _ => SentimentItemKind.Polarity,
            };
            items.Add(new SentimentItem(hit.Start, hit.End, kind, term.Weight));
        }

        var sentimentCount = items.Count;
        var next = 0; // both lists are sorted and non-overlapping: walk them together
        foreach (var hit in entityHits)
        {
            while (next < sentimentCount && items[next].End <= hit.Start)
            {
                next++;
            }

            var entity = terms[hit.TermId].Entity;
            if (entity < 0 || catalog.Entities[entity].Type != EntityType.AdverseEvent || (next < sentimentCount && items[next].Start < hit.End))
            {
                continue;
            }

            items.Add(new SentimentItem(hit.Start, hit.End, SentimentItemKind.Finding, SentimentScoring.AdverseEventWeight));
        }

        if (items.Count > sentimentCount)
        {
            items.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }
}
