using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 298's rules (issue #14), from the two rows pooled over rounds 10-42: a given name and a surname typed in lower case
/// and set off on both sides ("Tromsø, ingrid halvorsen, 52F", "found odette marchetti behind"), and codes after labels no earlier
/// rule read (workstations, printers, embryos, notebooks, call signs, microchips, medallions, logins, photo file names). Lower-case
/// clinical words, drugs and chat in the same slots stay, and measures, years, doses and counts after the same labels. Sentences
/// of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision298RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("flown in from Tromsø, ingrid halvorsen, 52F, with a femur fracture", "ingrid halvorsen")]
    [InlineData("ski patrol: svetlana morozova off the chairlift with a wrist fracture", "svetlana morozova")]
    [InlineData("the outreach van found odette marchetti behind the library", "odette marchetti")]
    [InlineData("ward list - rashida okonkwo - pyelo, f/u cultures", "rashida okonkwo")]
    [InlineData("his passenger bogdan lazarescu with a seatbelt sign", "bogdan lazarescu")]
    [InlineData("the collector keeps calling priyanka venkatesan (her cell) about the bill", "priyanka venkatesan")]
    [InlineData("two new ones tonight, fernando quispe and the other guy", "fernando quispe")]
    public void Scrub_LowerCaseNamePairSetOff_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("ok so: pt states dizzy, metformin lisinopril, ok")]
    [InlineData("dr visit monday, per protocol, mom said fine")]
    [InlineData("plan: cipro flagyl, recheck lytes, tele overnight.")]
    [InlineData("for the last month, sats okay with 2L.")]
    [InlineData("found in bed, unresponsive, gcs 8.")]
    public void Scrub_LowerCaseClinicalWordsInTheSameSlots_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("orders were signed from workstation KRX-ED204 at 3 am", "KRX-ED204")]
    [InlineData("the label printer LBL-4W12 keeps printing the wrong wristband", "LBL-4W12")]
    [InlineData("thawed embryos F4-221 and F4-222 after the custody ruling", "F4-222")]
    [InlineData("the spill is logged in notebook QT-0318 page 12", "QT-0318")]
    [InlineData("ham operator, call sign KD9XQM, collapsed during a contest", "KD9XQM")]
    [InlineData("the shelter scanned microchip 941 000 227 118 305 and found the owner", "941 000 227 118 305")]
    [InlineData("cab driver, medallion 8K19, back pain from the seat", "8K19")]
    [InlineData("the audit shows login pmervana opened the chart twice", "pmervana")]
    [InlineData("wound photos saved as IMG_7731 in the chart", "IMG_7731")]
    [InlineData("screening numbers (SCR-2207, SCR-2210) in the email subject", "SCR-2210")]
    public void Scrub_CodeAfterDeviceOrSampleLabel_Found(string input, string code) => RulesOnlyCoverage.ShouldFind(input, code);

    [Theory]
    [InlineData("a rigid tail 3cm on the pancreas scan", "tail 3cm")]
    [InlineData("sample size 40 in the trial, truck 2 days late", "sample size 40")]
    [InlineData("classic user error again, login page froze", "user error")]
    [InlineData("the registry 2019 report lists 120 sites", "registry 2019")]
    [InlineData("he drives a cab 12 hours a day", "cab 12 hours")]
    [InlineData("embryo transfer at 5 days, grade 4AA", "embryo transfer")]
    public void Scrub_MeasuresAndWordsAfterTheSameLabels_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
