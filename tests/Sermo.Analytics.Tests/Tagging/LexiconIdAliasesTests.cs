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
    [InlineData("generic", "buprenorphine", "buprenorphine buccal")]
    [InlineData("generic", "bcg live", "bcg")]
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
    [InlineData("generic", "valproic acid", "divalproex")]
    [InlineData("generic", "aminocaproic acid", "tranexamic acid")]
    [InlineData("generic", "folic acid", "leucovorin")]
    public void Agree_OtherAcid_False(string type, string goldId, string canonicalId)
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
}
