using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 11's lexicon families, the trial-name rule and the "-ck" misspelling (docs/taggers.md "Round 11", decision
/// 083): each on a post where it must fire and, where the word has another sense, one where it must not.
/// </summary>
public class Round11FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Rate control with dilt failed, so amio.", "diltiazem")]
    [InlineData("ABVD minus the bleo after two cycles.", "bleomycin")]
    [InlineData("FOLFOX plus pani for the left sided tumor.", "panitumumab")]
    [InlineData("Succ for the RSI, then roc.", "succinylcholine")]
    [InlineData("Amox for the otitis again.", "amoxicillin")]
    [InlineData("5-ASA adherence is half the battle in UC.", "mesalamine")]
    [InlineData("Started cevimeline for the dry mouth.", "cevimeline")]
    [InlineData("Salt tabs and fluid restriction for the SIADH.", "sodium chloride")]
    [InlineData("Medication overuse headache from Fioricet.", "butalbital/acetaminophen/caffeine")]
    [InlineData("Prophylaxis with factor VIII three times a week.", "antihemophilic factor")]
    public void Tag_Round11DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_FiveAsa_NotAspirin()
    {
        Tag("5-ASA adherence is half the battle in UC.").Entities.Should().NotContain(e => e.CanonicalId == "aspirin");
    }

    [Theory]
    [InlineData("IL-1 blockade for recurrent pericarditis.", "il1-inhibitor")]
    [InlineData("FcRn blockers have changed generalized MG.", "fcrn-blocker")]
    [InlineData("Alternating antipyretics is not needed for a febrile toddler.", "antipyretic")]
    [InlineData("Mixed agonist antagonists can precipitate withdrawal.", "opioid-agonist-antagonist")]
    public void Tag_Round11ClassFamily_TaggedWithItsClass(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("44M with resistant HTN on four drugs, aldo screen pending.", "I1A.0")]
    [InlineData("Tophaceous gout with a urate of 11.", "M1A.9XX1")]
    [InlineData("Morning sickness at 9 weeks, ginger did nothing.", "O21.9")]
    [InlineData("Viral URI in a 3 year old, parents want antibiotics.", "J06.9")]
    public void Tag_Round11ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_NonHodgkin_NotHodgkinLymphoma()
    {
        Tag("Non-Hodgkin in a 70F, R-CHOP planned.").Entities.Should()
            .Contain(e => e.CanonicalId == "C85.90").And.NotContain(e => e.CanonicalId == "C81.90");
    }

    [Theory]
    [InlineData("We are starting dapagliflozin first per DAPA-CKD.")]
    [InlineData("Per EMPA-KIDNEY the benefit held at low eGFR.")]
    public void Tag_DrugCapitalsHyphenatedToATrialWord_NoDrugForTheTrialName(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Surface.Length <= 4 && e.Type.IsDrug());
    }

    [Fact]
    public void Tag_DrugCapitalsAlone_StillTheDrug()
    {
        Tag("Started DAPA 10 last week.").Entities.Should().Contain(e => e.CanonicalId == "dapagliflozin");
    }

    [Fact]
    public void Tag_StaphEpi_NoEpinephrine()
    {
        Tag("PJI with Staph epi, two stage revision.").Entities.Should().NotContain(e => e.CanonicalId == "epinephrine");
    }

    [Fact]
    public void Tag_BrandSpelledWithCk_TaggedAsTheBrand()
    {
        Tag("We added ozempick 0.25 and titrated.").Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == "semaglutide");
    }

    [Theory]
    [InlineData("AD in a 7 year old, flares every winter despite tacrolimus ointment.", "AD", "L20.9")]
    [InlineData("Back pain for years, turns out to be AS. Started adalimumab last month.", "AS", "M45.9")]
    public void Tag_AbbreviationWithASpecialtysDrug_TakesThatSpecialtysReading(string text, string surface, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Severe AS, 84F, on metoprolol and lisinopril, TAVR next month.", "AS", "I35.0")]
    [InlineData("AD, MMSE 19, doing fine on donepezil.", "AD", "G30.9")]
    [InlineData("Relapsing MS on Ocrevus, also on lisinopril and atorvastatin.", "MS", "G35")]
    public void Tag_AbbreviationWithHeartOrFirstReadingDrugs_KeepsTheFirstReading(string text, string surface, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == code);
    }
}
