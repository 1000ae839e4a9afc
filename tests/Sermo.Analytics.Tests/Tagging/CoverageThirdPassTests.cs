using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The third disease coverage pass (decision 236, docs/taggers.md "A third disease coverage pass (round 37, decision
/// 236)"): the ICD-10-CM chapters diseases.csv held thinnest against how often physicians discuss them (H00-H59 eye,
/// L skin, F mental and behavioural, D50-D89 blood and immune), listed from clinical knowledge in
/// bench/lexicons/disease_coverage_r37.txt. Every sentence is written here and names a concept the pass added.
/// </summary>
public class CoverageThirdPassTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // H00-H59 eye.
    [InlineData("Pseudoexfoliation glaucoma in the left eye, pressures creeping up despite two drops.", "H40.149")]
    [InlineData("Pigment dispersion syndrome in a young myope, we check pressures every six months.", "H40.139")]
    [InlineData("Narrow angles on gonioscopy, laser iridotomy booked before anything else.", "H40.039")]
    [InlineData("Stargardt disease diagnosed at 14, low-vision aids arranged at school.", "H35.53")]
    [InlineData("Vitreomacular traction with a small cyst, observation first.", "H43.829")]
    [InlineData("Sympathetic ophthalmia months after the penetrating injury, started high-dose steroids.", "H44.139")]
    [InlineData("Recurrent corneal erosion every morning on waking, lubricating ointment at night.", "H18.839")]
    [InlineData("Colour blindness picked up at the school screen.", "H53.50")]
    // L skin and the skin conditions the index puts elsewhere.
    [InlineData("Pemphigus foliaceus with crusted erosions on the scalp and chest, rituximab is being considered.", "L10.2")]
    [InlineData("Mucous membrane pemphigoid with conjunctival scarring needs systemic therapy.", "L12.1")]
    [InlineData("Necrobiosis lipoidica on both shins in a type 1 patient.", "L92.1")]
    [InlineData("Livedoid vasculopathy with painful ankle ulcers, started anticoagulation.", "L95.0")]
    [InlineData("Urticarial vasculitis with wheals lasting more than a day and low complement.", "M31.8")]
    [InlineData("Traction alopecia along the frontal hairline from tight braids.", "L65.8")]
    [InlineData("Erythrasma in the groin, coral red under the Wood lamp.", "L08.1")]
    [InlineData("Chilblains on the toes every winter, nifedipine helped.", "T69.1XXA")]
    [InlineData("Angular cheilitis in a denture wearer, treated for candida.", "K13.0")]
    [InlineData("Notalgia paresthetica between the shoulder blades for years.", "G58.8")]
    // F mental and behavioural.
    [InlineData("Prolonged grief disorder two years after her son died, referred for grief therapy.", "F43.81")]
    [InlineData("Dissociative identity disorder with long gaps in memory.", "F44.81")]
    [InlineData("Avoidant personality disorder makes every referral hard for him.", "F60.6")]
    [InlineData("Opioid use disorder in remission for three years on buprenorphine.", "F11.21")]
    [InlineData("Korsakoff syndrome after years of drinking, now in a care home.", "F10.26")]
    [InlineData("HSDD in a premenopausal woman asking about flibanserin.", "F52.0")]
    [InlineData("Dyspraxia in a seven year old, occupational therapy at school.", "F82")]
    [InlineData("Reactive attachment disorder in a child adopted at age four.", "F94.1")]
    // D50-D89 blood and immune.
    [InlineData("Hereditary elliptocytosis on the smear, no hemolysis.", "D58.1")]
    [InlineData("PK deficiency with transfusions twice a year.", "D55.21")]
    [InlineData("Diamond-Blackfan anemia on chronic transfusions and chelation.", "D61.01")]
    [InlineData("Microangiopathic hemolytic anemia with schistocytes, plasma exchange started.", "D59.4")]
    [InlineData("Glanzmann thrombasthenia needs a plan before every dental extraction.", "D69.1")]
    [InlineData("X-linked agammaglobulinemia on subcutaneous immunoglobulin since infancy.", "D80.0")]
    [InlineData("Sickle beta thalassemia, doing well on hydroxyurea.", "D57.40")]
    [InlineData("Rosai-Dorfman disease with massive painless neck nodes.", "D76.3")]
    public void Tag_ThirdPassConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Drug effects the adverse-event list holds stay events: the pass lists no disease row for them.
    [InlineData("Ocular hypertension after three weeks of steroid drops.", "H40.059")]
    [InlineData("Paronychia on two fingers since starting erlotinib.", "L03.019")]
    // The acronym of an ambiguous row needs capitals: the mountains are not the syndrome.
    [InlineData("We went skiing in the alps over the holidays.", "D89.82")]
    public void Tag_FormTheListLeavesOut_NotTheCoverageDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
