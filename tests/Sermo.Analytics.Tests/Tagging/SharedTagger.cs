using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Disambiguation;
using Sermo.Analytics.Tagging.Evaluation;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>Builds the lexicon, tagger and scorer once for all tests (they are immutable and thread-safe).</summary>
internal static class SharedTagger
{
    private static readonly Lazy<ClinicalLexicon> LazyLexicon = new(ClinicalLexicon.LoadEmbedded);
    private static readonly Lazy<AmbiguityModel> LazyDisambiguation = new(AmbiguityModel.LoadEmbedded);
    private static readonly Lazy<ClinicalTagger> LazyTagger = new(() => new ClinicalTagger(Lexicon, disambiguation: Disambiguation));
    private static readonly Lazy<ClinicalTagger> LazyRulesTagger = new(() => new ClinicalTagger(Lexicon));
    private static readonly Lazy<LexiconIdAliases> LazyIdAliases = new(() => LexiconIdAliases.From(Lexicon));
    private static readonly Lazy<LexiconSentimentScorer> LazyScorer = new(() => new LexiconSentimentScorer(Lexicon));

    public static ClinicalLexicon Lexicon => LazyLexicon.Value;

    /// <summary>The tagger as shipped: embedded lexicons and disambiguation model.</summary>
    public static ClinicalTagger Tagger => LazyTagger.Value;

    /// <summary>The same lexicons with the context rules deciding ambiguous mentions.</summary>
    public static ClinicalTagger RulesTagger => LazyRulesTagger.Value;

    public static AmbiguityModel Disambiguation => LazyDisambiguation.Value;

    public static LexiconSentimentScorer Scorer => LazyScorer.Value;

    /// <summary>The gold ids that name a lexicon row by another spelling (decision 066), as `eval tags` scores them.</summary>
    public static LexiconIdAliases IdAliases => LazyIdAliases.Value;

    /// <summary>The ids of the drug entities (brand, generic, class, regimen) the shipped tagger finds in a sentence.</summary>
    public static IEnumerable<string> DrugIds(string text) =>
        Tagger.Tag(text).Entities.Where(e => e.Type.IsDrug()).Select(e => e.CanonicalId);

    /// <summary>The codes of the disease entities the shipped tagger finds in a sentence.</summary>
    public static IEnumerable<string> DiseaseIds(string text) =>
        Tagger.Tag(text).Entities.Where(e => e.Type == EntityType.Disease).Select(e => e.CanonicalId);
}
