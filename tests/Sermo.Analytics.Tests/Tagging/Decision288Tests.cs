using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 45's rules and rows from reading long-r42 (docs/taggers.md "Round 45", decision 288), each on a sentence of its
/// own written for this test: travel vaccines listed by their diseases before the shots' noun, infections named with the
/// site they hit, occupational poisonings and sports injuries by the index, and the antiretroviral, antiparasitic,
/// antidote and doping drugs the lexicon lacked.
/// </summary>
public class Decision288Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Before her trek we gave hep A, typhoid and yellow fever shots.", "hepatitis a vaccine")]
    [InlineData("Before her trek we gave hep A, typhoid and yellow fever shots.", "typhoid vaccine")]
    [InlineData("Catch-up for a new PrEP patient: hep A and hep B vaccines today.", "hepatitis a vaccine")]
    [InlineData("For the Peru trip, hep A and typhoid vaccine at the same visit.", "hepatitis a vaccine")]
    public void Tag_DiseasesListedBeforeTheShots_AreTheirVaccines(string text, string vaccine)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == vaccine);
        entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    [InlineData("Acute hep A in a daycare worker, so the whole room got immune globulin.", "B15.9")]
    [InlineData("Her asthma and migraine shots are both biologics now.", "J45.909")]
    public void Tag_DiseaseNotInAVaccineList_StaysTheDisease(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Mycoplasma genitalium urethritis that failed doxycycline, so moxifloxacin.", "A63.8")]
    [InlineData("Ocular syphilis with floaters and an RPR of 1:128.", "A51.43")]
    [InlineData("Strep endocarditis on a native valve, four weeks of ceftriaxone.", "I33.0")]
    [InlineData("Lyme meningitis in August, oral doxycycline was enough.", "A69.21")]
    [InlineData("Blastomycosis pneumonia in a deer hunter from Wisconsin.", "B40.2")]
    [InlineData("Sporotrichosis after a thorn prick while pruning.", "B42.9")]
    [InlineData("She had a line-associated DVT in the arm with the PICC.", "T82.868A")]
    [InlineData("Bactrim for PCP prophylaxis until the CD4 is over 200.", "B59")]
    public void Tag_InfectionNamedWithItsSite_IsOneDisease(string text, string code)
    {
        Tag(text).Entities.Where(e => e.Type == EntityType.Disease).Select(e => e.CanonicalId).Should().Equal(code);
    }

    [Theory]
    [InlineData("Galvanizing crew, two with metal fume fever after a long shift.", "T56.891A")]
    [InlineData("Floor refinisher with toluene toxicity and an unsteady gait.", "T52.2X1A")]
    [InlineData("Hydrofluoric acid burn on a thumb from rust remover.", "T54.2X1A")]
    [InlineData("Arsenicosis from a shallow well, keratoses on both soles.", "T57.0X1A")]
    [InlineData("Commotio cordis from a baseball to the chest, shocked on the field.", "S26.91XA")]
    [InlineData("Cervical spine injury in a diver, collar on before transport.", "S19.9XXA")]
    public void Tag_OccupationalAndSportsConditions_ByTheIndex(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Warned him about a disulfiram-like reaction with wine on metronidazole.", "disulfiram")]
    [InlineData("Zinc oxide fumes at the galvanizing line made the whole crew ill.", "zinc oxide")]
    [InlineData("Our anticoag clinic called about an INR of 5 on warfarin.", "anticoagulant")]
    public void Tag_DrugWordInsideAnotherThing_NoDrug(string text, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Old lipodystrophy from stavudine, and didanosine gave him pancreatitis.", "stavudine")]
    [InlineData("Old lipodystrophy from stavudine, and didanosine gave him pancreatitis.", "didanosine")]
    [InlineData("Brincidofovir was requested for the progressing mpox.", "brincidofovir")]
    [InlineData("Bulevirtide for his hepatitis D if he moves to Germany.", "bulevirtide")]
    [InlineData("Pristinamycin is what the French guideline offers next.", "pristinamycin")]
    [InlineData("Sodium stibogluconate came from the CDC after a week.", "sodium stibogluconate")]
    [InlineData("DMPS orally for the mercury, then recheck the urine level.", "unithiol")]
    [InlineData("Chelated with EDTA after the blood lead came back at 80.", "edetate calcium disodium")]
    [InlineData("Anyone still getting bezlo for recurrent C diff?", "bezlotoxumab")]
    [InlineData("SUBA-itraconazole absorbs better when his levels stay low.", "itraconazole")]
    [InlineData("Neurosyphilis, so aqueous penicillin every four hours.", "penicillin g")]
    [InlineData("Peginterferon for 48 weeks is the only option for hepatitis D here.", "peginterferon alfa-2a")]
    [InlineData("His gym stack had ostarine and RAD-140 in it.", "enobosarm")]
    [InlineData("His gym stack had ostarine and RAD-140 in it.", "testolone")]
    [InlineData("The pre-workout listed DMHA among its stimulants.", "octodrine")]
    [InlineData("Meldonium and clenbuterol both showed up on her doping screen.", "meldonium")]
    [InlineData("Meldonium and clenbuterol both showed up on her doping screen.", "clenbuterol")]
    public void Tag_DrugsTheLexiconLacked_AreFound(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && string.Equals(e.CanonicalId, generic, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("He wants a cortisone shot in the shoulder before the season.", "corticosteroid")]
    [InlineData("Warn anyone on rifamycins that the pill may fail.", "rifamycin")]
    [InlineData("SARMs bought online, and now his liver enzymes are up.", "sarm")]
    public void Tag_ClassesByTheirNames(string text, string classId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == classId);
    }
}
