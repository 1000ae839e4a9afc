using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Tests.Watchlists;

public class WatchlistMatcherTests
{
    private static readonly Watchlist Metabolic = new("contoso", "Contoso", "pharma",
    [
        new WatchlistTerm("Ozempic", ["ozempic"]),
        new WatchlistTerm("Semaglutide", ["semaglutide", "ozempic", "wegovy"]),
        new WatchlistTerm("Prior auth", ["prior auth", "PA denial"]),
        new WatchlistTerm("Diabetes", ["type 2 diabetes", "diabetes"]),
        new WatchlistTerm("C++", ["c++"]),
    ]);

    [Fact]
    public void Match_EntityByCanonicalId_UsesEntitySentimentAndAdverseEventFlag()
    {
        var post = Tagged("Ozempic gave her pancreatitis. Prior auth was easy though.");

        var mentions = new WatchlistMatcher(Metabolic).Match(post);

        var ozempic = mentions.Should().ContainSingle(m => m.TermIndex == 0).Subject;
        ozempic.AdverseEvent.Should().BeTrue();
        ozempic.Sentiment.Should().Be(post.Entities.First(e => e.Surface == "Ozempic").Sentiment);
        mentions.Should().Contain(m => m.TermIndex == 1, "semaglutide is Ozempic's canonical id");
        mentions.Should().ContainSingle(m => m.TermIndex == 2).Which.Sentiment.Should().Be(post.Sentiment, "a text-only match counts the post's sentiment");
    }

    [Fact]
    public void Match_EntityWithAspect_MentionCarriesItsAspectAndTextMatchNone()
    {
        var tagged = Tagged("Ozempic denied again by the PA denial desk.");
        var access = new Sermo.Analytics.Aspects.MentionAspect(Sermo.Analytics.Aspects.Aspect.Access, Sentiment.Negative);
        var post = tagged with { Entities = tagged.Entities.Select(e => e.Surface == "Ozempic" ? e with { Aspect = access } : e).ToList() };

        var mentions = new WatchlistMatcher(Metabolic).Match(post);

        mentions.Single(m => m.TermIndex == 0).Aspect.Should().Be(access);
        mentions.Single(m => m.TermIndex == 2).Aspect.Should().BeNull("a text match has no drug mention to carry an aspect");
    }

    [Theory]
    [InlineData("PRIOR AUTH again", true)]
    [InlineData("prior authorization again", false)]
    [InlineData("prior-auth again", false)]
    [InlineData("the PA denial came back", true)]
    [InlineData("xprior auth", false)]
    public void Match_TextTerm_WholeWordCaseInsensitiveOnRawText(string text, bool expected)
    {
        var mentions = new WatchlistMatcher(Metabolic).Match(Tagged(text));

        mentions.Any(m => m.TermIndex == 2).Should().Be(expected);
    }

    [Fact]
    public void Match_KeyEndingInPunctuation_StillNeedsBoundaryLikeBefore()
    {
        var matcher = new WatchlistMatcher(Metabolic);

        matcher.Match(Tagged("we write c++ here")).Should().Contain(m => m.TermIndex == 4);
        matcher.Match(Tagged("we write c++x here")).Should().NotContain(m => m.TermIndex == 4);
    }

    /// <summary>The automaton must find exactly what the old per-term IndexOf scan found, on any text.</summary>
    [Fact]
    public void Match_RandomTexts_SameTermsAsPerTermIndexOfScan()
    {
        string[] pieces = ["ozempic", "OZEMPIC", "Ozempic's", "wegovy", "prior", "auth", "prior auth", "PA", "denial", "type 2", "diabetes",
            "c++", "x", "-", "'", "/", " ", "  ", ",", ".", "é", "ß", "2", "Diabetes-free", "semaglutide", "\n"];
        var random = new Random(4);
        var matcher = new WatchlistMatcher(Metabolic);
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            var post = Post(text, []);

            var expected = Enumerable.Range(0, Metabolic.Terms.Count)
                .Where(t => Metabolic.Terms[t].Matches.Any(key => WatchlistMatcher.ContainsWholeWord(text, key)));

            matcher.Match(post).Select(m => m.TermIndex).Should().Equal(expected, $"text \"{text}\"");
        }
    }

    [Fact]
    public void Match_ThousandTermWatchlist_FindsOnlyTermsPresent()
    {
        var terms = Enumerable.Range(0, 1000).Select(i => new WatchlistTerm($"kw{i}", [$"keyword{i}"])).ToList();
        var matcher = new WatchlistMatcher(new Watchlist("big", "Big", "finance", terms));

        var mentions = matcher.Match(Tagged("keyword7 and keyword700, not keyword7000."));

        mentions.Select(m => m.TermIndex).Should().Equal(7, 700);
    }

    private static TaggedPost Tagged(string text)
    {
        var tags = Tagging.SharedTagger.Tagger.Tag(text);
        return Post(text, tags.Entities, tags.AdverseEvents, tags.PostSentiment);
    }

    private static TaggedPost Post(string text, IReadOnlyList<TaggedEntity> entities, IReadOnlyList<AdverseEventPair>? pairs = null, Sentiment sentiment = Sentiment.Neutral) =>
        new("forum:1", "forum", "author", DateTimeOffset.UnixEpoch, null, null, text, 0, entities, pairs ?? [], sentiment, 0);
}
