using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 17's families (docs/taggers.md "Round 17", decision 130), each on a sentence of its own and with surfaces
/// long-r16 does not use: conditions by the ICD-10-CM index (amyloidosis by kind, diabetic autonomic neuropathy, reflux
/// esophagitis, postprocedural endocrine states, liver fibrosis, hypersensitivity pneumonitis and other ILDs, abscess by
/// site, eponyms), codes the index moved, and the words the guide now says name no disease.
/// </summary>
public class Round17FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Renal amyloidosis on the biopsy, 9 g of protein.", "E85.4")]
    [InlineData("hATTR with a Val30Met variant, so we started Wainua.", "E85.1")]
    [InlineData("Light chain amyloidosis in a 66M with a lambda spike.", "E85.81")]
    [InlineData("ATTRwt in an 84M with bilateral carpal tunnel.", "E85.82")]
    [InlineData("Diabetic autonomic neuropathy with a resting heart rate of 110.", "E11.43")]
    [InlineData("GERD with esophagitis on the last scope.", "K21.00")]
    [InlineData("Postsurgical hypothyroidism after her total thyroidectomy, on levothyroxine 100.", "E89.0")]
    // E13.9 since decision 326: E13 includes postpancreatectomy diabetes (decision 295's third reading); E89.1 keeps the hyperglycemia.
    [InlineData("Postpancreatectomy diabetes after the Whipple, on a pump now.", "E13.9")]
    [InlineData("Bridging fibrosis on the biopsy, so the hepatologist wants Rezdiffra.", "K74.02")]
    [InlineData("Hepatic fibrosis on the MRE in a 51F.", "K74.00")]
    [InlineData("Bird fancier's lung in a 60M with pigeons in the loft.", "J67.2")]
    [InlineData("Cryptogenic organizing pneumonia that melted on prednisone.", "J84.116")]
    [InlineData("Asbestosis in a retired pipefitter.", "J61")]
    [InlineData("Retrobulbar neuritis with pain on eye movement.", "H46.9")]
    [InlineData("Perirectal abscess drained in the OR.", "K61.0")]
    [InlineData("Psoas abscess on the CT, so IR put a drain in.", "K68.12")]
    [InlineData("Spinal epidural abscess in a man who injects.", "G06.1")]
    [InlineData("Furuncle on the thigh, warm compresses first.", "L02.91")]
    [InlineData("Mallory-Weiss tear after a night of vomiting.", "K22.6")]
    [InlineData("Moyamoya in a 9 year old with TIAs.", "I67.5")]
    [InlineData("Gilbert's syndrome explains the bilirubin of 2.4.", "E80.4")]
    [InlineData("Sheehan syndrome after a postpartum hemorrhage.", "E23.0")]
    [InlineData("Osgood-Schlatter disease in a 13 year old soccer player.", "M92.529")]
    [InlineData("Primary adrenal insufficiency on hydrocortisone and fludrocortisone.", "E27.1")]
    [InlineData("Catheter-associated UTI on day five in the ICU.", "T83.511A")]
    [InlineData("Subclinical hypothyroid picture, so we recheck in six months.", "E03.9")]
    [InlineData("Influenza type B went through the daycare.", "J10.1")]
    [InlineData("Dementia of the Alzheimer type, MMSE 19.", "G30.9")]
    public void Tag_Round17ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("MRSA swab was negative, so we stopped the vancomycin.", "A49.02")]
    [InlineData("Hepatitis B serology before the rituximab.", "B18.1")]
    [InlineData("Wound culture grew Pseudomonas, so cefepime.", "B96.5")]
    [InlineData("She has been on dialysis since 2019 and travels for work.", "N18.6")]
    [InlineData("He woke with a sore throat and a fever of 38.", "J02.9")]
    public void Tag_WordsThatNameNoDisease_NoDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_OpticNeuritisBlamedOnADrug_AdverseEventNotDisease()
    {
        var entities = Tag("Optic neuritis on infliximab, so the TNF inhibitor stopped.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "optic neuritis");
        entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "H46.9");
    }

    [Fact]
    public void Tag_OpticNeuritisWithoutADrug_Disease()
    {
        Tag("Optic neuritis in a 28F, MRI shows two periventricular lesions.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "H46.9");
    }
}
