using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 44's rules from the drug errors pooled over the readable sets (docs/taggers.md "Round 44: drug errors pooled",
/// decision 283), each on a sentence of its own written for this test: bare "levo" read by the post, bare "albumin"
/// given as a drug, and "IPI" before a score.
/// </summary>
public class Decision283Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Urosepsis in an 80F, on levo and vaso overnight for a MAP in the 50s.", "norepinephrine")]
    [InlineData("Cardiogenic shock after the cath; levo at 0.3 and dobutamine.", "norepinephrine")]
    [InlineData("TSH 8 on levo 75, so I raised the dose for her hypothyroidism.", "levothyroxine")]
    [InlineData("QTc 520 on levofloxacin and ondansetron; we swapped levo for doxy.", "levofloxacin")]
    public void Tag_BareLevo_IsTheDrugThePostIsAbout(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface == "levo" && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_BareLevoWithNoSubject_StaysUnread()
    {
        Tag("The levo question again at journal club.").Entities.Should().NotContain(e => e.Surface == "levo");
    }

    [Theory]
    [InlineData("SBP in a cirrhotic, cefotaxime plus albumin on day 1 and day 3.")]
    [InlineData("Hepatorenal picture, so we gave albumin and started terlipressin.")]
    [InlineData("Big paracentesis today, albumin 25 g per 2 liters removed.")]
    [InlineData("Creatinine up, diuretics held, albumin challenge first.")]
    public void Tag_AlbuminGiven_IsTheDrug(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface == "albumin" && e.CanonicalId == "albumin human");
    }

    [Theory]
    [InlineData("Nephrotic syndrome in a 50M, albumin 1.8, so apixaban prophylaxis.")]
    [InlineData("Anticoagulation with albumin this low makes sense to me.")]
    [InlineData("We follow his weight and albumin trends at each visit.")]
    [InlineData("Warfarin until the albumin is over 2.5.")]
    public void Tag_AlbuminMeasured_IsNoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "albumin human");
    }

    [Theory]
    [InlineData("DKA in a 30M: insulin drip, saline, potassium replacement.")]
    [InlineData("K of 3.0, so we repleted potassium before the insulin.")]
    [InlineData("Her meds are furosemide 40, apixaban, potassium.")]
    public void Tag_PotassiumGiven_IsPotassiumChloride(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface == "potassium" && e.CanonicalId == "potassium chloride");
    }

    [Theory]
    [InlineData("Potassium was 5.9 on the morning labs.")]
    [InlineData("Sodium and potassium are fine on the BMP.")]
    [InlineData("Potassium 3.1 after the diuresis.")]
    public void Tag_PotassiumMeasured_IsNoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "potassium chloride");
    }

    [Theory]
    [InlineData("Diffuse large B cell lymphoma, 66F, IPI 2, six cycles of R-CHOP planned.")]
    [InlineData("For IPI 4 disease we still give pola-R-CHP.")]
    public void Tag_IpiBeforeAScore_IsNoIpilimumab(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "ipilimumab");
    }

    [Fact]
    public void Tag_IpiWithItsDose_StaysIpilimumab()
    {
        Tag("Melanoma, nivo plus ipi 3 mg/kg for four doses.").Entities.Should().Contain(e => e.CanonicalId == "ipilimumab");
    }
}
