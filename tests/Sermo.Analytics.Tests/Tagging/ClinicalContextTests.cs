using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

public class ClinicalContextTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    private static TaggedEntity BySurface(TagResult result, string surface) =>
        result.Entities.Should().ContainSingle(e => e.Surface == surface).Subject;

    [Fact]
    public void Tag_NoBleedingOnEliquis_BleedingNegatedEliquisNot()
    {
        var result = Tag("No bleeding on Eliquis so far.");

        BySurface(result, "bleeding").Negated.Should().BeTrue();
        BySurface(result, "Eliquis").Negated.Should().BeFalse();
        result.AdverseEvents.Should().BeEmpty();
    }

    [Fact]
    public void Tag_RuledOutPe_Negated()
    {
        BySurface(Tag("We ruled out PE with a CTA."), "PE").Negated.Should().BeTrue();
        BySurface(Tag("PE was ruled out."), "PE").Negated.Should().BeTrue();
    }

    [Fact]
    public void Tag_NegationScope_EndsAtTerminator()
    {
        var result = Tag("No nausea but the diarrhea was rough.");

        BySurface(result, "nausea").Negated.Should().BeTrue();
        BySurface(result, "diarrhea").Negated.Should().BeFalse();
    }

    [Fact]
    public void Tag_NegationScope_CoversCommaList()
    {
        var result = Tag("Denies rash, nausea or pancreatitis.");

        result.Entities.Where(e => e.Type == EntityType.AdverseEvent).Should().HaveCount(3).And.OnlyContain(e => e.Negated);
    }

    [Fact]
    public void Tag_NegationScope_EndsAtSentence()
    {
        var result = Tag("No rash. Then a GI bleed on Xarelto.");

        BySurface(result, "GI bleed").Negated.Should().BeFalse();
    }

    [Theory]
    [InlineData("Concern for pancreatitis on Ozempic", "pancreatitis")]
    [InlineData("possible DKA, checking a BMP", "DKA")]
    [InlineData("Started Eliquis for stroke prophylaxis", "stroke")]
    public void Tag_UncertaintyCue_MarksUncertain(string text, string surface)
    {
        var entity = BySurface(Tag(text), surface);

        entity.Uncertain.Should().BeTrue();
        entity.Negated.Should().BeFalse();
    }

    [Fact]
    public void Tag_FamilyHistory_UncertainNotNegated()
    {
        var result = Tag("Mother had breast cancer; family history of type 2 diabetes.");

        foreach (var surface in new[] { "breast cancer", "type 2 diabetes" })
        {
            var entity = BySurface(result, surface);
            entity.FamilyHistory.Should().BeTrue();
            entity.Uncertain.Should().BeTrue();
            entity.Negated.Should().BeFalse();
        }
    }

    [Fact]
    public void Tag_DrugNegationCue_NegatesDrug()
    {
        BySurface(Tag("She was never started on Xarelto."), "Xarelto").Negated.Should().BeTrue();
    }

    [Fact]
    public void Tag_DrugAndAdverseEventInSentence_Paired()
    {
        var result = Tag("Ozempic has been great for his T2DM but the nausea is rough.");

        var pair = result.AdverseEvents.Should().ContainSingle().Subject;
        pair.Drug.CanonicalName.Should().Be("Ozempic");
        pair.Event.CanonicalName.Should().Be("Nausea");
    }

    [Fact]
    public void Tag_AdverseEventInOtherDrugsClause_PairsOnlyThatDrug()
    {
        var result = Tag("Eliquis has been great, Xarelto gave my patient a GI bleed.");

        var pair = result.AdverseEvents.Should().ContainSingle().Subject;
        pair.Drug.CanonicalName.Should().Be("Xarelto");
        pair.Event.CanonicalName.Should().Be("GI bleed");
    }

    [Fact]
    public void Tag_AdverseEventInDifferentSentence_NotPaired()
    {
        Tag("Patient is on Jardiance. Separately, she had a UTI last year from a catheter.").AdverseEvents.Should().BeEmpty();
    }

    [Fact]
    public void Tag_OppositeClauses_GetOppositeEntitySentiment()
    {
        var result = Tag("Eliquis has been great, Xarelto gave my patient a GI bleed.");

        BySurface(result, "Eliquis").Sentiment.Should().Be(Sentiment.Positive);
        BySurface(result, "Xarelto").Sentiment.Should().Be(Sentiment.Negative);
    }

    [Fact]
    public void Tag_ButClause_SplitsEntitySentiment()
    {
        var result = Tag("Ozempic has been great for his T2DM but the nausea is rough.");

        BySurface(result, "Ozempic").Sentiment.Should().Be(Sentiment.Positive);
        BySurface(result, "nausea").Sentiment.Should().Be(Sentiment.Negative);
    }

    [Fact]
    public void Tag_BriefExample_TagsEverythingWithOffsets()
    {
        const string text = "Switched her from xarelto to Eliquis 5 mg BID after a GI bleed; no bleeding since. Ozempic has been great for his T2DM but the nausea is rough.";

        var result = Tag(text);

        result.Entities.Select(e => e.Surface).Should().Equal("xarelto", "Eliquis", "GI bleed", "bleeding", "Ozempic", "T2DM", "nausea");
        BySurface(result, "bleeding").Negated.Should().BeTrue();
        result.AdverseEvents.Select(p => (p.Drug.Surface, p.Event.Surface))
            .Should().BeEquivalentTo([("xarelto", "GI bleed"), ("Ozempic", "nausea")], "Eliquis is what she was switched to after the bleed");
        BySurface(result, "Eliquis").Sentiment.Should().NotBe(Sentiment.Negative);
        foreach (var entity in result.Entities)
        {
            text[entity.Start..entity.End].Should().Be(entity.Surface);
        }
    }

    [Fact]
    public void TagWithWatchTerms_ClientTerms_FoundInSamePass()
    {
        var tagger = new ClinicalTagger(SharedTagger.Lexicon, [("prior auth", "Access"), ("Eliquis", "Eliquis brand")]);

        var result = tagger.TagWithWatchTerms("Prior-auth for ELIQUIS denied again.");

        result.WatchTerms.Select(w => (w.Label, w.Surface)).Should().Equal(("Access", "Prior-auth"), ("Eliquis brand", "ELIQUIS"));
        result.Tags.Entities.Should().Contain(e => e.CanonicalName == "Eliquis");
    }
}

public class ClinicalContextEdgeTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Fact]
    public void Tag_NegatedOpinion_DoesNotNegateFindings()
    {
        var result = Tag("Not impressed with Jardiance, too many yeast infections.");

        result.Entities.Should().Contain(e => e.Surface == "yeast infections" && !e.Negated);
        result.AdverseEvents.Should().ContainSingle(p => p.Drug.CanonicalName == "Jardiance");
    }

    [Fact]
    public void Tag_NeutralDrugClause_BorrowsNextOpinionInSentence()
    {
        var result = Tag("Failed Humira, now on Rinvoq, doing great.");

        result.Entities.Single(e => e.Surface == "Rinvoq").Sentiment.Should().Be(Sentiment.Positive);
    }

    [Fact]
    public void Tag_HyphenatedAbbreviation_NotTaggedAsDisease()
    {
        Tag("Keytruda for NSCLC with PD-L1 of 80%.").Entities.Should().NotContain(e => e.CanonicalId == "G20");
    }

    [Fact]
    public void Tag_MedicalWordNearDrugName_NotFuzzilyTagged()
    {
        // "stent" is one deletion from Sutent, but it is a word of lexicon terms ("onyx stent").
        Tag("Got a Xience stent yesterday.").Entities.Should().NotContain(e => e.CanonicalName == "Sutent");
    }

    [Fact]
    public void Tag_QuestionMark_OnlyMarksTheWordBeforeIt()
    {
        var result = Tag("Anyone seeing pancreatitis with tirzepatide? PE?");

        result.Entities.Single(e => e.Surface == "pancreatitis").Uncertain.Should().BeFalse();
        result.AdverseEvents.Should().ContainSingle(p => p.Drug.CanonicalId == "tirzepatide");
    }

    [Fact]
    public void Tag_NegativeForMalignancy_MalignancyNegatedAndPostPositive()
    {
        var result = Tag("Biopsy negative for malignancy, scan was clean.");

        result.Entities.Single(e => e.Surface == "malignancy").Negated.Should().BeTrue();
        result.PostSentiment.Should().Be(Sentiment.Positive);
    }

    [Fact]
    public void Tag_DoubtedAdverseEvent_NotPaired()
    {
        var result = Tag("I don't think Wegovy causes pancreatitis, the data is weak.");

        result.Entities.Single(e => e.Surface == "pancreatitis").Uncertain.Should().BeTrue();
        result.AdverseEvents.Should().BeEmpty();
    }

    [Fact]
    public void Tag_AdverseEventClauseBeforeSemicolon_PairsOnlyItsDrug()
    {
        var result = Tag("Brilinta caused dyspnea in 3 of my patients; switched to Plavix without issue.");

        result.AdverseEvents.Select(p => (p.Drug.CanonicalName, p.Event.CanonicalName)).Should().Equal(("Brilinta", "Dyspnea"));
    }
}
