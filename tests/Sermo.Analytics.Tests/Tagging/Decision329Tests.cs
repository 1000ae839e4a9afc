using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 49's tagger changes for the guide's settled labels (docs/taggers.md "Round 49 (issue #13): the guide's open
/// questions", decision 329), each on a sentence written for this test: hot flashes in a post on a hormone therapy are
/// its event across sentences, a driveline infection is the device complication, a subdural reads by cause, the bare
/// word "contrast" names the iodinated class except in prose and study names, an infarction dated by "N years after" is
/// old, and a cocaine user, a toe ulcer and a diverticular bleed have their index codes.
/// </summary>
public class Decision329Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Node negative breast cancer in a 61F, on letrozole since spring. Hot flashes keep waking her up.")]
    [InlineData("Metastatic prostate cancer on Eligard and enzalutamide. Hot flashes are what he complains about.")]
    [InlineData("On tamoxifen for two years now. She asks about venlafaxine for hot flashes.")]
    public void Tag_HotFlashesAfterAHormoneTherapy_IsTheEvent(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface.Equals("hot flashes", StringComparison.OrdinalIgnoreCase));
        entities.Should().NotContain(e => e.CanonicalId == "N95.1");
    }

    [Fact]
    public void Tag_HotFlashesWithTheHormoneTherapyNamedOnlyLater_KeepsTheMenopauseCode()
    {
        Tag("Perimenopausal 50F, hot flashes all night. Her sister took anastrozole years ago.").Entities
            .Should().Contain(e => e.CanonicalId == "N95.1" && e.Surface == "hot flashes");
    }

    [Fact]
    public void Tag_DrivelineInfection_IsTheDeviceComplicationCode()
    {
        var entities = Tag("Destination LVAD, second driveline infection this year, on doxycycline suppression.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "T82.7XXA");
        entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.Surface.Contains("driveline", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_SubduralAfterAFallWithNoDrug_IsTheTraumaticCode()
    {
        Tag("Retired farmer with a subdural after slipping on ice, neurosurgery following.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith("S06.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_SubduralOnAnAnticoagulant_IsTheIntracranialHemorrhageEvent()
    {
        Tag("He had a subdural on warfarin with an INR of 4, reversed with Kcentra.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "subdural");
    }

    [Theory]
    [InlineData("Creatinine bumped after the CT with contrast, so fluids and a recheck tomorrow.", true)]
    [InlineData("In contrast to last year, her sugars are well controlled on metformin.", false)]
    [InlineData("A non-contrast CT of the head was clean.", false)]
    public void Tag_BareContrast_IsTheIodinatedClassOutsideProse(string text, bool tagged)
    {
        var contrast = Tag(text).Entities.Where(e => e.CanonicalId == "iodinated-contrast");

        if (tagged)
        {
            contrast.Should().ContainSingle(e => e.Surface == "contrast");
        }
        else
        {
            contrast.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("LDL still 130 in a 60M three years after an NSTEMI, adding ezetimibe.")]
    [InlineData("Six months after her MI she is back to swimming laps.")]
    public void Tag_InfarctionDatedYearsAfter_IsOld(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.CanonicalId == "I25.2");
        entities.Should().NotContain(e => e.CanonicalId.StartsWith("I21", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_InfarctionTwoWeeksAfter_StaysAcute()
    {
        Tag("Two weeks after an NSTEMI he is short of breath on the stairs.").Entities
            .Should().Contain(e => e.CanonicalId.StartsWith("I21", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chest pain in a 38M cocaine user, troponin flat.", "F14.90")]
    [InlineData("Diabetic foot clinic: a toe ulcer over the second digit, probing to bone.", "L97.509")]
    [InlineData("Second diverticular bleed this year, colonoscopy showed pan-diverticulosis.", "K57.91")]
    public void Tag_NewDiseaseRows_ReadTheirIndexCodes(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_HormonalIud_IsTheDrugItReleases()
    {
        var entities = Tag("Heavy periods on apixaban, so gynecology placed a hormonal IUD last week.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Generic && e.Surface == "hormonal IUD");
        entities.Should().NotContain(e => e.Type == EntityType.Device && e.Surface.Contains("IUD", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_BareIud_StaysTheDevice()
    {
        Tag("She has had an IUD for three years and wants it out before trying to conceive.").Entities
            .Should().Contain(e => e.Type == EntityType.Device && e.Surface == "IUD");
    }

    [Fact]
    public void Tag_DiverticularBleedOnAnAnticoagulant_StaysTheDisease()
    {
        Tag("Third diverticular bleed on rivaroxaban this year, so the Watchman conversation started.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "K57.91" && e.Surface == "diverticular bleed");
    }

    [Fact]
    public void Tag_ContrastInAnMriPost_IsTheGadoliniumClass()
    {
        var entities = Tag("Yearly brain MRI for her MS; she had hives after the contrast last time.").Entities;

        entities.Should().Contain(e => e.CanonicalId == "gadolinium-contrast" && e.Surface == "contrast");
        entities.Should().NotContain(e => e.CanonicalId == "iodinated-contrast");
    }
}
