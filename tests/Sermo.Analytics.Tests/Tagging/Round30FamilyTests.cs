using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 30's families (docs/taggers.md "Round 30", decision 196), each on a sentence of its own written for this test:
/// the newborn, paediatric and geriatric clinics' conditions by the ICD-10-CM index, their device kinds settled in the
/// guide this round, their drugs and events, and what stays out.
/// </summary>
public class Round30FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Newborn conditions: the P codes, not the adult code of the same words.
    [InlineData("Classic breast milk jaundice at two weeks, keep nursing.", "P59.3")]
    [InlineData("We treat early so that kernicterus never happens.", "P57.9")]
    [InlineData("Vitamin K deficiency bleeding is why the shot matters.", "P53")]
    [InlineData("Neonatal herpes is the reason we start acyclovir early.", "P35.2")]
    [InlineData("Anemia of prematurity got better without a transfusion.", "P61.2")]
    [InlineData("Repaired AV canal in a baby with trisomy 21.", "Q21.2")]
    [InlineData("Congenital muscular torticollis with stretching at home.", "Q68.0")]
    // Paediatric endocrinology, behaviour and geriatrics.
    [InlineData("Central precocious puberty in a girl of seven on the GnRH agonist.", "E22.8")]
    [InlineData("Precocious puberty with no central cause found yet.", "E30.1")]
    [InlineData("Encopresis gets better once the constipation is cleared.", "R15.9")]
    [InlineData("Binge eating started after the diet at fourteen.", "F50.81")]
    [InlineData("Sundowning every evening at the memory care unit.", "F05")]
    public void Tag_BothEndsOfLifeCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Device kinds settled in the guide this round, in the words nurses and physicians use for them.
    [InlineData("His G-tube came out overnight again.", "gastrostomy-tube")]
    [InlineData("The family declined a feeding tube for her dementia.", "gastrostomy-tube")]
    [InlineData("PEG tube placement after the stroke left her unable to swallow.", "gastrostomy-tube")]
    [InlineData("A rollator with a seat helped him get to church.", "walker")]
    [InlineData("PT gave her a front-wheeled walker after the fall.", "walker")]
    [InlineData("The cranial helmet goes on at five months.", "cranial-orthosis")]
    [InlineData("A low air loss mattress for the sacral wound.", "pressure-redistribution-mattress")]
    [InlineData("The Broviac has been in for a year of parenteral nutrition.", "tunneled-central-venous-catheter")]
    [InlineData("An external female catheter instead of a Foley at night.", "urinary-catheter")]
    public void Tag_BothEndsOfLifeDevice_TaggedAsItsKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Penicillin G by vein for the congenital syphilis.", EntityType.Generic, "penicillin G")]
    [InlineData("Grandma gives him CBD oil for the seizures.", EntityType.Generic, "cannabidiol")]
    [InlineData("He never had a pneumococcal shot at 70.", EntityType.Generic, "pneumococcal vaccine")]
    public void Tag_BothEndsOfLifeDrug_Tagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && string.Equals(e.CanonicalId, id, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Events of these clinics' drugs, in the words their authors use for them.
    [InlineData("Discontinuation symptoms when she stopped the paroxetine fast.", "withdrawal")]
    public void Tag_BothEndsOfLifeEvent_TaggedAsAdverseEvent(string text, string name)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == name);
    }

    [Theory]
    // What stays out: a scoring tool that names sepsis, and an imaging finding that is not the diagnosis.
    [InlineData("The sepsis calculator said to watch him 48 hours.", EntityType.Disease, "P36.9")]
    [InlineData("The sepsis calculator said to watch him 48 hours.", EntityType.Disease, "A41.9")]
    [InlineData("No free air on the film, so we kept feeding.", EntityType.Disease, "K66.8")]
    [InlineData("She walked in with her daughter on Tuesday.", EntityType.Device, "walker")]
    [InlineData("Frail and 94, so we stopped the statin.", EntityType.Disease, "R54")]
    public void Tag_BothEndsOfLifeNonMention_NotTagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == type && e.CanonicalId == id);
    }
}
