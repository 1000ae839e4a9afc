using Sermo.Analytics.Tagging.Evaluation;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>Gold ids spelled without the lexicon still name its rows; different concepts never agree (decision 066).</summary>
public class LexiconIdAliasesTests
{
    private static LexiconIdAliases Aliases => SharedTagger.IdAliases;

    [Theory]
    [InlineData("drug-class", "pcsk9-inhibitor", "pcsk9i")]
    [InlineData("drug-class", "il-17-inhibitor", "il17-inhibitor")]
    [InlineData("drug-class", "tricyclic-antidepressant", "tca")]
    [InlineData("regimen", "ipi-nivo", "ipilimumab-nivolumab")]
    [InlineData("regimen", "bismuth-quadruple-therapy", "bismuth-quadruple")]
    [InlineData("device", "spinal-cord-stimulator", "scs")]
    [InlineData("adverse-event", "gastrointestinal hemorrhage", "gi bleed")]
    [InlineData("generic", "buprenorphine", "buprenorphine transdermal")]
    [InlineData("brand", "fluticasone", "fluticasone propionate")]
    [InlineData("brand", "relugolix/estradiol/norethindrone acetate", "relugolix/estradiol/norethindrone")]
    [InlineData("generic", "mycophenolate", "mycophenolate mofetil")]
    [InlineData("brand", "paliperidone", "paliperidone palmitate")]
    [InlineData("brand", "olanzapine", "olanzapine pamoate")]
    [InlineData("brand", "haloperidol", "haloperidol decanoate")]
    [InlineData("brand", "immune globulin", "immune globulin subcutaneous")]
    [InlineData("adverse-event", "withdrawal syndrome", "withdrawal")]
    [InlineData("device", "adaptive-servo-ventilator", "adaptive-servo-ventilation")]
    [InlineData("drug-class", "long-acting-injectable-antipsychotic", "lai-antipsychotic")]
    [InlineData("generic", "buprenorphine", "buprenorphine buccal")]
    [InlineData("generic", "bcg live", "bcg")]
    [InlineData("brand", "crotalidae immune f(ab')2 (equine)", "crotalidae immune f(ab')2 equine")]
    [InlineData("brand", "centruroides immune f(ab')2", "centruroides immune f(ab')2 equine")]
    [InlineData("brand", "antithymocyte globulin", "anti-thymocyte globulin (rabbit)")]
    [InlineData("brand", "c1 esterase inhibitor human", "c1 esterase inhibitor")]
    [InlineData("generic", "testosterone cypionate", "testosterone")]
    [InlineData("generic", "caffeine", "caffeine citrate")]
    [InlineData("brand", "polyethylene glycol 3350", "polyethylene glycol")]
    [InlineData("adverse-event", "weight increased", "weight gain")]
    [InlineData("adverse-event", "device related infection", "line infection (adverse)")]
    public void Agree_SameRowOtherSpelling_True(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("generic", "valproic acid", "valproate")]
    [InlineData("generic", "zoledronate", "zoledronic acid")]
    [InlineData("generic", "methenamine hippurate", "methenamine")]
    [InlineData("generic", "glutamine", "l-glutamine")]
    public void Agree_AcidNamedAsItsSaltOrFormPrefix_True(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("generic", "mycophenolic acid", "valproate")]
    [InlineData("generic", "aminocaproic acid", "tranexamic acid")]
    [InlineData("generic", "folic acid", "leucovorin")]
    public void Agree_OtherAcid_False(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeFalse();
    }

    [Theory]
    [InlineData("generic", "niacinamide", "nicotinamide")]
    [InlineData("brand", "valproic acid", "divalproex")]
    [InlineData("brand", "valproate", "divalproex")]
    [InlineData("generic", "acetaminophen", "paracetamol")]
    [InlineData("brand", "respiratory syncytial virus vaccine", "rsv vaccine")]
    [InlineData("brand", "human papillomavirus vaccine", "hpv vaccine")]
    [InlineData("brand", "coagulation factor viia", "eptacog alfa")]
    [InlineData("generic", "racemic epinephrine", "racepinephrine")]
    public void Agree_TwoNamesOfOneActiveMoiety_True(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("brand", "fecal microbiota spores, live-brpk", "fecal microbiota spores")]
    [InlineData("brand", "adalimumab", "adalimumab-adaz")]
    [InlineData("generic", "insulin glargine-yfgn", "insulin glargine")]
    public void Agree_BiologicSuffixOnOneSide_True(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("brand", "emtricitabine/tenofovir disoproxil fumarate", "emtricitabine/tenofovir disoproxil")]
    [InlineData("brand", "pentosan polysulfate sodium", "pentosan polysulfate")]
    public void Agree_SaltWordOnOneSide_True(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("generic", "sodium bicarbonate", "potassium bicarbonate")]
    [InlineData("generic", "potassium citrate", "sodium citrate")]
    [InlineData("generic", "emtricitabine/tenofovir alafenamide", "emtricitabine/tenofovir disoproxil fumarate")]
    [InlineData("generic", "estradiol", "estrogen")]
    public void Agree_OtherSaltOrOtherMoiety_False(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeFalse();
    }

    [Theory]
    [InlineData("generic", "metoprolol succinate", "metoprolol tartrate")]
    [InlineData("generic", "estradiol", "relugolix/estradiol/norethindrone")]
    [InlineData("drug-class", "statin", "pcsk9i")]
    [InlineData("drug-class", "alirocumab", "pcsk9i")]
    [InlineData("adverse-event", "nausea", "gi bleed")]
    [InlineData("device", "dexcom", "dexcom-g7")]
    public void Agree_OtherConcept_False(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeFalse();
    }

    /// <summary>FDA's established vaccine names carry qualifiers after commas, and an adjuvant is a formulation (decision 101).</summary>
    [Theory]
    [InlineData("brand", "zoster vaccine recombinant, adjuvanted", "zoster vaccine recombinant")]
    [InlineData("brand", "covid-19 vaccine, mrna", "covid-19 vaccine mrna")]
    [InlineData("generic", "pneumococcal polysaccharide vaccine, 23-valent", "pneumococcal polysaccharide vaccine, 23-valent")]
    [InlineData("brand", "human papillomavirus 9-valent vaccine", "hpv vaccine")]
    [InlineData("brand", "fam-trastuzumab deruxtecan", "trastuzumab deruxtecan")]
    [InlineData("generic", "sennosides", "senna")]
    public void Agree_VaccineEstablishedNameOrFdaPrefix_True(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("brand", "covid-19 vaccine, adjuvanted", "covid-19 vaccine mrna")]
    [InlineData("generic", "pneumococcal 20-valent conjugate vaccine", "pneumococcal 21-valent conjugate vaccine")]
    [InlineData("brand", "ado-trastuzumab emtansine", "trastuzumab deruxtecan")]
    public void Agree_OtherVaccineOrConjugate_False(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeFalse();
    }

    /// <summary>A device is also named by its kind: its category, or the names of the category's own row.</summary>
    [Theory]
    [InlineData("leadless-pacemaker", "micra")]
    [InlineData("responsive-neurostimulator", "neuropace")]
    [InlineData("lvad", "heartmate-3")]
    public void Agree_DeviceNamedByItsKind_True(string goldId, string canonicalId)
    {
        Aliases.Agree("device", goldId, canonicalId).Should().BeTrue();
    }

    [Fact]
    public void Agree_DeviceOfAnotherKind_False()
    {
        Aliases.Agree("device", "leadless-pacemaker", "heartmate-3").Should().BeFalse();
    }

    [Theory]
    [InlineData("generic", "trimethoprim/sulfamethoxazole", "sulfamethoxazole/trimethoprim")]
    [InlineData("brand", "tenofovir alafenamide/emtricitabine", "emtricitabine/tenofovir alafenamide")]
    [InlineData("brand", "efgartigimod", "efgartigimod alfa")]
    public void Agree_CombinationInAnotherOrderOrMoietyWithoutAlfa_True(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("generic", "amoxicillin", "amoxicillin/clavulanate")]
    [InlineData("generic", "emtricitabine/tenofovir alafenamide", "bictegravir/emtricitabine/tenofovir alafenamide")]
    [InlineData("generic", "epoetin beta", "epoetin alfa")]
    public void Agree_ComponentOrOtherCombination_False(string type, string goldId, string canonicalId)
    {
        Aliases.Agree(type, goldId, canonicalId).Should().BeFalse();
    }
}
