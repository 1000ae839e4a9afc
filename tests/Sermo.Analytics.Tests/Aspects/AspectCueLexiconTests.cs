using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tests.Tagging;

namespace Sermo.Analytics.Tests.Aspects;

public sealed class AspectCueLexiconTests
{
    [Theory]
    [InlineData(Aspect.Access, "PA denied again for targetdrug, third time this month", "prior-auth denials")]
    [InlineData(Aspect.Access, "their pbm rejected the prior authorization for targetdrug", "prior-auth denials")]
    [InlineData(Aspect.Access, "prior auth for targetdrug came back denied, appealing", "prior-auth denials")]
    [InlineData(Aspect.Access, "denial after denial on the pre-auth for targetdrug", "prior-auth denials")]
    [InlineData(Aspect.Access, "targetdrug got dropped from the formulary in January", "formulary exclusion")]
    [InlineData(Aspect.Access, "targetdrug is non-formulary at our hospital", "formulary exclusion")]
    [InlineData(Aspect.Access, "targetdrug is on backorder at every pharmacy in town", "shortage")]
    [InlineData(Aspect.Access, "the targetdrug shortage is still going on", "shortage")]
    [InlineData(Aspect.Access, "they have to fail metformin first, step therapy for targetdrug", "step therapy")]
    [InlineData(Aspect.Access, "medicare won't cover targetdrug for this indication", "coverage denials")]
    [InlineData(Aspect.Access, "the PA for targetdrug went through in a day", "prior authorization")]
    [InlineData(Aspect.Cost, "targetdrug copay is $400 a month for her", "copays")]
    [InlineData(Aspect.Cost, "the manufacturer coupon makes targetdrug doable", "copay cards and assistance")]
    [InlineData(Aspect.Cost, "targetdrug is just too expensive for most of my patients", "price")]
    [InlineData(Aspect.Safety, "two GI bleeds on targetdrug in elderly patients", "bleeding")]
    [InlineData(Aspect.Safety, "constant nausea on targetdrug, she quit after a month", "GI side effects")]
    [InlineData(Aspect.Safety, "targetdrug caused lows overnight", "hypoglycemia")]
    [InlineData(Aspect.Efficacy, "targetdrug didn't work at all for him", "treatment failure")]
    [InlineData(Aspect.Efficacy, "A1c down 1.5 points on targetdrug", "glycemic control")]
    [InlineData(Aspect.Dosing, "weekly injection of targetdrug is easier than daily pills", "injections")]
    [InlineData(Aspect.Dosing, "slow titration of targetdrug helps with tolerance", "titration")]
    public void Find_PhysicianPhrasing_NormalisedCue(Aspect aspect, string window, string cue)
    {
        AspectCueLexicon.Find(aspect, window).Should().Be(cue);
    }

    [Theory]
    [InlineData(Aspect.Access, "targetdrug is fine")]
    [InlineData(Aspect.Cost, "switched to targetdrug last week")]
    public void Find_WindowWithoutACue_Null(Aspect aspect, string window)
    {
        AspectCueLexicon.Find(aspect, window).Should().BeNull();
    }

    [Fact]
    public void Find_AnyWindow_AnswersOnlyAPhraseOfTheAspectsClosedList()
    {
        string[] windows =
        [
            "Mrs [NAME] in room 4: PA denied for targetdrug on 03/02, called 555-0100 twice",
            "rep says targetdrug supply issues until Q3, my patient [NAME] is stuck",
            "Coupon expired, copay went to $1,200, she stopped targetdrug",
            "titrating targetdrug every 4 weeks, missed doses make it worse",
            "targetdrug: rash, hives, then LFTs went up",
        ];
        foreach (var aspect in Enum.GetValues<Aspect>())
        {
            foreach (var window in windows)
            {
                if (AspectCueLexicon.Find(aspect, window) is { } cue)
                {
                    AspectCueLexicon.CuesOf(aspect).Should().Contain(cue, "a cue is a fixed phrase, never words copied from a post");
                    window.Should().NotContain(cue, "no listed cue is a verbatim piece of these posts");
                }
            }
        }
    }

    [Fact]
    public void ForMention_TaggedPostWithAnAccessMention_CueOfItsOwnSentenceOnly()
    {
        const string text = "Eliquis prior auth denied again. Xarelto was on backorder last month.";
        var entities = SharedTagger.Tagger.Tag(text).Entities
            .Select(e => AspectContext.IsDrug(e) ? e with { Aspect = new MentionAspect(Aspect.Access, Sentiment.Negative) } : e)
            .ToList();

        var eliquis = entities.FindIndex(e => e.Surface == "Eliquis");
        var xarelto = entities.FindIndex(e => e.Surface == "Xarelto");

        AspectCueLexicon.ForMention(text, entities, eliquis).Should().Be("prior-auth denials");
        AspectCueLexicon.ForMention(text, entities, xarelto).Should().Be("shortage");
        AspectCueLexicon.ForMention(text, entities, -1).Should().BeNull();
    }
}
