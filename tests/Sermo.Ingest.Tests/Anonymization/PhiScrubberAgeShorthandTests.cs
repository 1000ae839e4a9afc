using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>Ages over 89 written the way physicians write them, without an age word next to the number. Since round 23 (decision
/// 159) a sex letter or unit joined or hyphenated to the number is part of the age ("92M", "90-yo").</summary>
public class PhiScrubberAgeShorthandTests
{
    [Theory]
    [InlineData("92M admitted overnight with a GI bleed.", "92M")]
    [InlineData("Consult: 104F, found down, CK 9000.", "104F")]
    [InlineData("Pt 95F from a nursing home with delirium.", "95F")]
    [InlineData("Another 90M with urinary retention.", "90M")]
    public void Scrub_AgeSexShorthandOver89_ReplacedWithAge(string input, string age) =>
        ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("He is 97 and wants no more scans.", "97")]
    [InlineData("Honestly she's 93, so we kept it conservative.", "93")]
    [InlineData("The patient is now 102 and still gardening.", "102")]
    [InlineData("His mother was 99 when she died of the same thing.", "99")]
    [InlineData("She turns 90 next month and wants the colonoscopy.", "90")]
    [InlineData("Dad turned 91 in the ICU.", "91")]
    public void Scrub_SpokenAgeOver89_ReplacedWithAge(string input, string age) =>
        ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("A 90-yo woman on four antihypertensives.", "90-yo")]
    [InlineData("96 y/o M, new murmur.", "96")]
    public void Scrub_AgeWordVariantsOver89_ReplacedWithAge(string input, string age) =>
        ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("45M with atypical chest pain, stress test negative.")]
    [InlineData("She is 89 and on apixaban.")]
    [InlineData("Tmax 101F overnight, cultures pending.")]
    [InlineData("Febrile to 102F after the transfusion.")]
    [InlineData("He is 94 kg, so 1 mg/kg enoxaparin.")]
    [InlineData("She is 95% adherent on the CPAP download.")]
    [InlineData("SpO2 96% on room air, HR 104, BP 100/60.")]
    [InlineData("Turned 90 degrees and the pain shot down the leg.")]
    [InlineData("Patients in their 90s do fine with TAVR.")]
    [InlineData("Nonagenarians with a hip fracture still do better with surgery.")] // a population; one nonagenarian is an age (decision 363)
    [InlineData("The drug made $100M last quarter.")]
    [InlineData("Gave 100 mg IV iron, recheck ferritin in 90 days.")]
    public void Scrub_NumberThatIsNoAgeOver89_IsKept(string input) => ShouldKeep(input);
}
