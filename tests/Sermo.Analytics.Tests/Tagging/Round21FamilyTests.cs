using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Evaluation;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 21's families (docs/taggers.md "Round 21", decision 151), each on a sentence of its own and with surfaces
/// long-r20 does not use: device kinds physicians name (inhalers, monitors, lines, capsules, valves, stents, stimulators),
/// codes by the ICD-10-CM index (sinusitis, rectal cancer, FSGS, chronic migraine, an old infarct), conditions the
/// lexicon lacked, vaccines named for a disease and a defibrillator's shocks, which are not the disease.
/// </summary>
public class Round21FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Her Diskus was empty for a month.", "dry-powder-inhaler")]
    [InlineData("His Fitbit flagged an irregular rhythm.", "smartwatch")]
    [InlineData("Hickman catheter placed for the transplant.", "tunneled-central-venous-catheter")]
    [InlineData("Midline catheters for two weeks of ertapenem.", "midline-catheter")]
    [InlineData("NPWT over the sternal wound.", "negative-pressure-wound-therapy")]
    [InlineData("PillCam found the small bowel bleeder.", "capsule-endoscope")]
    [InlineData("Tissue valve at 62 so she avoids warfarin.", "bioprosthetic-heart-valve")]
    [InlineData("Bare metal stents are rare now.", "bare-metal-stent")]
    [InlineData("Senza trial went well, permanent next month.", "scs")]
    [InlineData("Vercise for her tremor.", "dbs")]
    [InlineData("AirSense 10 data show good use.", "cpap")]
    [InlineData("gammaCore for cluster headache.", "gammacore")]
    public void Tag_Round21DeviceFamily_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Rhinosinusitis for months despite sprays.", "J32.9")]
    [InlineData("Acute bacterial sinusitis, amoxicillin-clavulanate.", "J01.90")]
    [InlineData("Rectal adenocarcinoma, total neoadjuvant therapy.", "C20")]
    [InlineData("Focal segmental glomerulosclerosis on the biopsy.", "N05.1")]
    [InlineData("Nephrotic syndrome due to FSGS in a teenager.", "N04.1")]
    [InlineData("Chronic migraines, 20 days a month.", "G43.709")]
    [InlineData("Prior infarct on the echo, inferior wall.", "I25.2")]
    [InlineData("Hypoparathyroid since her neck surgery.", "E20.9")]
    [InlineData("SVC thrombosis around the old pacer leads.", "I82.210")]
    [InlineData("Fibromuscular dysplasia of the renal arteries.", "I77.3")]
    [InlineData("Duffy null associated neutrophil count, not true neutropenia.", "D70.8")]
    [InlineData("Invasive pneumococcal disease in an asplenic patient.", "A49.1")]
    [InlineData("T-cell ALL in a 17 year old, day 8 of induction.", "C91.00")]
    [InlineData("Sickle crises three times this winter.", "D57.00")]
    public void Tag_Round21ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Dengue vaccine before the trip?", "dengue vaccine")]
    [InlineData("MMR vaccine titers were negative.", "measles, mumps, and rubella vaccine")]
    [InlineData("Chikungunya vaccine for travelers over 65 is on hold.", "chikungunya vaccine")]
    public void Tag_VaccineNamedForADisease_TheVaccineNotTheDisease(string text, string generic)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
        entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Fact]
    public void Tag_HivPreExposureProphylaxis_TheClassNotTheDisease()
    {
        var entities = Tag("Offered HIV pre-exposure prophylaxis at the same visit.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "prep");
        entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Fact]
    public void Tag_DefibrillatorShocks_NotTheDiseaseShock()
    {
        Tag("Two appropriate shocks for VT last month.").Entities.Should().NotContain(e => e.CanonicalId == "R57.9");
    }

    [Fact]
    public void Tag_BareSinusitis_ChronicByTheIndex()
    {
        Tag("Sinusitis again, third time this year.").Entities.Should().Contain(e => e.CanonicalId == "J32.9").And.NotContain(e => e.CanonicalId == "J01.90");
    }

    [Theory]
    [InlineData("cgm", "libre-2")]
    [InlineData("implanted-port", "port")]
    [InlineData("deep-brain-stimulator", "dbs")]
    [InlineData("automated-insulin-delivery", "ilet")]
    [InlineData("picc-line", "picc")]
    public void Agree_GuideDeviceKind_AgreesWithItsProducts(string goldId, string canonicalId)
    {
        SharedTagger.IdAliases.Agree("device", goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("cgm", "omnipod-5")]
    [InlineData("pacemaker", "micra")]
    [InlineData("spinal-cord-stimulator", "dbs")]
    public void Agree_GuideDeviceKind_OtherKindDisagrees(string goldId, string canonicalId)
    {
        SharedTagger.IdAliases.Agree("device", goldId, canonicalId).Should().BeFalse();
    }

    [Fact]
    public void GuideDeviceIds_EveryKindOfTheScorer_ListedInTheGuide()
    {
        var guide = File.ReadAllText(Path.Combine(TaggingTestData.Folder("GoldSource"), "README.md"));

        DeviceKinds.Ids.Select(id => "`" + id.Replace(' ', '-') + "`").Where(id => !guide.Contains(id, StringComparison.Ordinal))
            .Should().BeEmpty("the guide lists every device id the scorer treats as a kind");
    }
}
