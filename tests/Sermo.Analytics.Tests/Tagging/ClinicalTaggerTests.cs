using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

public class ClinicalTaggerTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    private static TaggedEntity Single(TagResult result, string canonicalName) =>
        result.Entities.Should().ContainSingle(e => e.CanonicalName == canonicalName).Subject;

    [Fact]
    public void Tag_BrandInAnyCase_TaggedAsBrandWithGenericId()
    {
        var result = Tag("Switched her from xarelto to ELIQUIS 5 mg BID.");

        var xarelto = Single(result, "Xarelto");
        xarelto.Type.Should().Be(EntityType.Brand);
        xarelto.CanonicalId.Should().Be("rivaroxaban");
        xarelto.Surface.Should().Be("xarelto");
        Single(result, "Eliquis").CanonicalId.Should().Be("apixaban");
    }

    [Fact]
    public void Tag_GenericName_TaggedAsGeneric()
    {
        var entity = Single(Tag("Started apixaban after the ablation."), "apixaban");

        entity.Type.Should().Be(EntityType.Generic);
        entity.CanonicalId.Should().Be("apixaban");
    }

    [Theory]
    [InlineData("He is on sema now", "semaglutide")]
    [InlineData("tirz works better for weight", "tirzepatide")]
    [InlineData("baby ASA daily", "aspirin")]
    [InlineData("HCTZ 25 daily", "hydrochlorothiazide")]
    [InlineData("weekly MTX for her RA", "methotrexate")]
    public void Tag_Shorthand_MapsToGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("zarelto", "Xarelto")]
    [InlineData("elliquis", "Eliquis")]
    [InlineData("Ozempc", "Ozempic")]
    [InlineData("jardinace", "Jardiance")]
    public void Tag_Misspelling_MapsToBrand(string misspelling, string brand)
    {
        var entity = Single(Tag($"Patient was on {misspelling} for years."), brand);

        entity.Surface.Should().Be(misspelling);
    }

    [Fact]
    public void Tag_FuzzyMisspellingNotInLexicon_MatchesWithinOneEdit()
    {
        // "trulicitty" is not a listed synonym: one insertion away from Trulicity.
        Single(Tag("trulicitty weekly"), "Trulicity").Surface.Should().Be("trulicitty");
    }

    [Theory]
    [InlineData("Adding Winrevair per STELLAR, sotatercept looks good.")]
    [InlineData("STELLAR was positive.")]
    public void Tag_AllCapitalsTrialName_NotFuzzilyMatchedToBrand(string text)
    {
        // A lexicon without the common-word list, so only the capitals rule stands between STELLAR and "stellara".
        var shared = SharedTagger.Lexicon;
        var lexicon = new ClinicalLexicon(shared.Drugs, shared.DrugClasses, shared.Devices, shared.Diseases, shared.AdverseEvents, shared.SentimentTerms, shared.ContextCues, new HashSet<string>(), shared.NotMentions);
        var tagger = new ClinicalTagger(lexicon);

        tagger.Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "ustekinumab");
        tagger.Tag(text.Replace("STELLAR", "Stellar", StringComparison.Ordinal)).Entities.Should().Contain(e => e.CanonicalId == "ustekinumab", "the same word in title case is fuzzily matched without the common-word list");
    }

    [Theory]
    [InlineData("Switched her to stelarra for the psoriasis.", "Stelara", "stelarra")]
    [InlineData("Started Keytrudah last month.", "Keytruda", "Keytrudah")]
    public void Tag_TitleOrLowerCaseMisspelling_StillFuzzilyMatched(string text, string brand, string surface)
    {
        // The all-capitals rule must not cost the misspellings physicians actually type.
        Single(Tag(text), brand).Surface.Should().Be(surface);
    }

    [Fact]
    public void Tag_BrandInCapitals_StillExactMatch()
    {
        Single(Tag("STELARA every 8 weeks, ELIQUIS 5 BID."), "Stelara").CanonicalId.Should().Be("ustekinumab");
    }

    [Theory]
    [InlineData("The results were stellar.")]
    [InlineData("A halcyon week on call.")]
    [InlineData("Lyrical praise from the family.")]
    public void Tag_OpinionWordOneEditFromBrand_NotFuzzilyTagged(string text)
    {
        Tag(text).Entities.Should().BeEmpty();
    }

    [Fact]
    public void Tag_OrdinaryWords_NotFuzzilyTagged()
    {
        var result = Tag("The creator of the lyrics was inspired; please cancel the strike and accept the results.");

        result.Entities.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Honestly the hardest part of residency was not the hours but the constant context switching between the pager and the inbox.")]
    [InlineData("Our group is thinking about switching EHR vendors next spring, and the transition plan looks like a disaster waiting to happen.")]
    [InlineData("Does anybody know a good accountant who understands locum income and quarterly estimated taxes in several states?")]
    [InlineData("I finally finished reading that novel about the lighthouse keeper, and the ending was beautiful but devastating.")]
    [InlineData("Contracts, negotiations, and noncompete clauses are things they never teach you in medical school.")]
    public void Tag_OrdinaryProse_NoEntities(string text)
    {
        Tag(text).Entities.Should().BeEmpty();
    }

    [Fact]
    public void Tag_OverlappingTerms_LongestMatchWins()
    {
        var entity = Tag("Long history of type 2 diabetes mellitus.").Entities.Should().ContainSingle().Subject;

        entity.Surface.Should().Be("type 2 diabetes mellitus");
        entity.CanonicalId.Should().Be("E11.9");
        entity.CanonicalName.Should().Be("Type 2 diabetes mellitus");
    }

    [Theory]
    [InlineData("Eliquisx is not a drug")]
    [InlineData("Call me ASAP about the consult")]
    [InlineData("preliquis and xareltos")]
    public void Tag_TermInsideLongerWord_NotTagged(string text)
    {
        Tag(text).Entities.Where(e => e.Type is EntityType.Brand or EntityType.Generic).Should().BeEmpty();
    }

    [Theory]
    [InlineData("New diagnosis of Parkinson's disease last year", "G20", "Parkinson's disease")]
    [InlineData("Her Crohn's is finally quiet", "K50.90", "Crohn's")]
    [InlineData("Crohns flare again", "K50.90", "Crohns")]
    [InlineData("Sjögren's syndrome with dry eyes", "M35.00", "Sjögren's syndrome")]
    public void Tag_EponymousDisease_TaggedWithIcd10AndOriginalSurface(string text, string icd10, string surface)
    {
        var entity = Tag(text).Entities.Should().ContainSingle(e => e.Type == EntityType.Disease).Subject;

        entity.CanonicalId.Should().Be(icd10);
        entity.Surface.Should().Be(surface);
    }

    [Theory]
    [InlineData("Long-standing AFib, on Eliquis", "I48.91")]
    [InlineData("a-fib with RVR overnight", "I48.91")]
    [InlineData("HFrEF, EF 25%", "I50.20")]
    [InlineData("CKD stage 3 so we dose reduce", "N18.3")]
    [InlineData("COPD exacerbation twice this winter", "J44.1")]
    [InlineData("stage IV NSCLC on osimertinib", "C34.90")]
    public void Tag_DiseaseAbbreviations_MapToIcd10(string text, string icd10)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == icd10);
    }

    [Theory]
    [InlineData("Patient with MS started on Ocrevus", "G35")]
    [InlineData("Hx of RA, doing well on Rinvoq", "M06.9")]
    [InlineData("ruled out PE with a CTA", "I26.99")]
    [InlineData("s/p MI in 2019", "I25.2")]
    public void Tag_AmbiguousAbbreviationInClinicalContext_Tagged(string text, string icd10)
    {
        Tag(text).Entities.Should().Contain(e => e.CanonicalId == icd10);
    }

    [Theory]
    [InlineData("I was in PE class and ms smith said hello")]
    [InlineData("The ms version is out")]
    [InlineData("Going to the AS meeting tomorrow")]
    [InlineData("AS a group we agreed to cover call, which was kind")]
    [InlineData("The MS Teams meeting kept dropping, so we called the PA and the CA office")]
    public void Tag_AmbiguousAbbreviationWithoutContext_NotTagged(string text)
    {
        Tag(text).Entities.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Sockets for the AF_INET6 family are not restricted", "I48.91")]
    [InlineData("The PE/COFF image is not available", "I26.99")]
    [InlineData("Keytruda for NSCLC with PD-L1 of 80%", "G20")]
    public void Tag_AbbreviationJoinedIntoLongerToken_NotTagged(string text, string icd10)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == icd10);
    }

    [Fact]
    public void Tag_AbbreviationsJoinedBySlash_BothTagged()
    {
        Tag("On Eliquis for PE/DVT since March").Entities.Select(e => e.CanonicalId).Should().Contain(["I26.99", "I82.409"]);
    }

    [Fact]
    public void Tag_Devices_TaggedWithLexiconId()
    {
        var result = Tag("Moved him to Omnipod 5 with a Dexcom G7; she got a Watchman last month.");

        result.Entities.Where(e => e.Type == EntityType.Device).Select(e => e.CanonicalId)
            .Should().Equal("omnipod-5", "dexcom-g7", "watchman");
    }

    [Fact]
    public void Tag_OffsetsWithDiacriticsHyphensAndPossessives_MapBackToInput()
    {
        const string text = "Café talk — Sjögren’s syndrome, type-2  diabetes and the pt's Ozémpic; mother’s Alzheimer's disease.";

        var result = Tag(text);

        result.Entities.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var entity in result.Entities)
        {
            text.Substring(entity.Start, entity.End - entity.Start).Should().Be(entity.Surface);
        }

        result.Entities.Select(e => e.Surface).Should().Contain(["Sjögren’s syndrome", "type-2  diabetes", "Ozémpic", "Alzheimer's disease"]);
    }

    [Fact]
    public void Tag_EmptyText_ReturnsNothing()
    {
        var result = Tag(string.Empty);

        result.Entities.Should().BeEmpty();
        result.PostSentiment.Should().Be(Sentiment.Neutral);
    }
}
