using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>Builds the lexicon, tagger and scorer once for all tests (they are immutable and thread-safe).</summary>
internal static class SharedTagger
{
    private static readonly Lazy<ClinicalLexicon> LazyLexicon = new(ClinicalLexicon.LoadEmbedded);
    private static readonly Lazy<ClinicalTagger> LazyTagger = new(() => new ClinicalTagger(Lexicon));
    private static readonly Lazy<LexiconSentimentScorer> LazyScorer = new(() => new LexiconSentimentScorer(Lexicon));

    public static ClinicalLexicon Lexicon => LazyLexicon.Value;
    public static ClinicalTagger Tagger => LazyTagger.Value;
    public static LexiconSentimentScorer Scorer => LazyScorer.Value;
}
