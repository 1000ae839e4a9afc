using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The device coverage pass by kind (decision 191, docs/taggers.md "Adverse event and device coverage pass (round 29)"):
/// device kinds and products physicians write, listed from clinical knowledge in bench/lexicons/device_coverage.txt by
/// the guide's kind ids (GoldSource/README.md "Device ids"). Each sentence is written here, at least two per kind group,
/// and names a device the pass added; the id is the devices.csv row the name joined.
/// </summary>
public class DeviceCoverageTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Diabetes.
    [InlineData("She moved to the Libre 2 Plus because the readers kept breaking.", "cgm")]
    [InlineData("A tubeless pump suits him better at football.", "insulin-pump")]
    [InlineData("Time in range went to 78% on Control-IQ.", "automated-insulin-delivery")]
    // Rhythm.
    [InlineData("Zio patch for 14 days showed a 6% PVC burden.", "ambulatory-ecg-monitor")]
    [InlineData("His implanted defibrillator fired twice on Sunday.", "icd")]
    [InlineData("BiV pacemaker placed for the LBBB and EF of 30.", "crt-d")]
    [InlineData("Cryptogenic stroke, an implanted loop recorder found AF at 5 months.", "linq")]
    // Structural and vascular.
    [InlineData("Bovine valve in the aortic position since 2015.", "bioprosthetic-heart-valve")]
    [InlineData("HeartWare patient with a driveline infection.", "lvad")]
    [InlineData("Retrievable IVC filter that nobody ever retrieved.", "ivc-filter")]
    // Neuromodulation.
    [InlineData("The dorsal column stimulator helped his leg pain for two years.", "scs")]
    [InlineData("Vagal nerve stimulator for refractory epilepsy, hoarse when it cycles.", "vns")]
    [InlineData("InterStim Micro placed for urge incontinence.", "interstim")]
    // Airway and inhalers.
    [InlineData("Hypercapnic at 68, started on BPAP overnight.", "bipap")]
    [InlineData("Use the AeroChamber with the inhaler every time.", "spacer")]
    [InlineData("Home nebulizer for the toddler during colds.", "nebulizer")]
    // Lines, ports and catheters.
    [InlineData("Femoral line placed in the code, swapped to the IJ later.", "central-venous-catheter")]
    [InlineData("Tunneled line for the TPN at home.", "tunneled-central-venous-catheter")]
    [InlineData("HD catheter in the right IJ until the fistula matures.", "tunneled-dialysis-catheter")]
    [InlineData("Suprapubic tube changed monthly by urology.", "urinary-catheter")]
    // Critical care, hospital and others.
    [InlineData("Heated high flow at 50 liters and 60%.", "high-flow-nasal-cannula")]
    [InlineData("Pigtail catheter placed for the pneumothorax.", "chest-tube")]
    [InlineData("Incisional wound vac over the laparotomy.", "negative-pressure-wound-therapy")]
    [InlineData("OTC hearing aids have been fine for her mild loss.", "hearing-aid")]
    [InlineData("Fracture boot for six weeks for the fifth metatarsal.", "walking-boot")]
    public void Tag_CoverageDevice_TaggedWithItsRow(string text, string deviceId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == deviceId);
    }

    [Theory]
    // Names left out: abbreviations whose other sense is the commoner one. (Bare "Holter" stays a device: round 29 reads
    // "a Holter for two days" as physicians write it; "Dr. Holter" is the price.)
    [InlineData("DES exposure in utero, her mother took it in the 1950s.")]
    [InlineData("PCA stroke with a field cut on the left.")]
    [InlineData("The PPM of the solvent was below the limit.")]
    public void Tag_LeftOutDeviceName_NoDevice(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Device);
    }
}
