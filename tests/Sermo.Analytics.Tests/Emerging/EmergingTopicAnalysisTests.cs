using Sermo.Analytics.Disclosure;
using Sermo.Analytics.Emerging;
using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Tests.Emerging;

public class EmergingTopicAnalysisTests
{
    private static readonly ClinicalTagger Tagger = ClinicalTagger.CreateDefault();
    private static readonly TherapeuticAreas Areas = TherapeuticAreas.LoadEmbedded(ClinicalLexicon.LoadEmbedded(), Tagger);

    private static readonly Watchlist Cardio = new("northwind", "Northwind", "pharma",
        [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"]), new WatchlistTerm("Atrial fibrillation", ["atrial fibrillation", "afib"]), new WatchlistTerm("Warfarin", ["warfarin"])]);

    private static readonly Watchlist Oncology = new("fabrikam", "Fabrikam", "finance",
        [new WatchlistTerm("Keytruda", ["keytruda"]), new WatchlistTerm("NSCLC", ["nsclc"]), new WatchlistTerm("Melanoma", ["melanoma"]), new WatchlistTerm("Pneumonitis", ["pneumonitis"])]);

    [Fact]
    public void Extract_WatchedEntityAndPhrase_LeftOutUnwatchedOnesKept()
    {
        var extractor = new CandidateExtractor(EmergingPhraseChunker.LoadEmbedded(), [Cardio]);

        var terms = extractor.Extract(Tagged("Switched from Eliquis to Xarelto after a GI bleed; the watchman clinic has a long waitlist"));

        terms.Select(t => t.Key).Should().Contain(["xarelto", "waitlist"]).And.NotContain(["eliquis", "apixaban"]);
        terms.Single(t => t.Key == "xarelto").Kind.Should().Be(CandidateKind.Drug);
    }

    [Fact]
    public void ForWatchlist_SideTopicOnAList_DoesNotWidenTheAreas()
    {
        Areas.ForWatchlist(Cardio).Should().BeEquivalentTo(["cardiovascular"]);
        Areas.ForWatchlist(Oncology).Should().BeEquivalentTo(["oncology"], "pneumonitis is one term of four");
    }

    [Fact]
    public void AreasOf_PhraseMentionedWithAnOncologyDrug_Oncology()
    {
        var week = new DateOnly(2026, 3, 2);
        var posts = Enumerable.Range(0, 30).Select(i => Post($"a{i}", week.AddDays(-7 * (1 + (i % 8))), "Stable on metformin, routine visit"))
            .Concat(Enumerable.Range(0, 7).Select(i => Post($"b{i}", week, "Infusion chair shortage delaying pembrolizumab cycles")))
            .ToList();
        var analysis = EmergingTopicAnalysis.Build(posts, new CandidateExtractor(EmergingPhraseChunker.LoadEmbedded(), [Cardio]), Areas);

        var top = analysis.Rank(week, null, new EmergingTopicSettings());

        top.Should().NotBeEmpty();
        top.Should().OnlyContain(t => analysis.AreasOf(t).Contains("oncology"));
    }

    [Fact]
    public void Release_ReleasedAuthorsUnderK_LeftOutAndShownOnesNoised()
    {
        var noise = new ReleaseNoise(new byte[32]);
        var week = new DateOnly(2026, 3, 2);
        var topics = Enumerable.Range(0, 40).Select(i => new EmergingTopic(new CandidateTerm($"term {i}", CandidateKind.Phrase, null), week, null, 5, 100, 0, 0.001, 1e-9)).ToList();

        var released = EmergingTopicRelease.Release(topics, noise, k: 5, limit: 100);

        released.Should().OnlyContain(t => t.Authors >= 5);
        released.Count.Should().BeInRange(1, 39, "five true authors are released under five about as often as not");
        released.Select(t => t.Authors).Distinct().Count().Should().BeGreaterThan(1, "each term is its own noised cell");
    }

    private static EmergingPost Post(string author, DateOnly day, string text) => new(author, day, "oncology", text, Tagger.Tag(text).Entities);

    private static EmergingPost Tagged(string text) => Post("a", new DateOnly(2026, 3, 2), text);
}
