using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 14's rule classes (issue #14, decision 111, written from round 13's set, now tuning data): a facility named by its own
/// words and a head noun of care in a place slot, and a phone with a bracketed trunk code. Sentences of their own, none from a
/// gold set, each class with what must stay.
/// </summary>
public class PhiScrubberRound14RulesTests
{
    [Theory]
    [InlineData("Sent him over to Lakeview Memorial for the cath.", "Lakeview Memorial")]
    [InlineData("She came from Sacred Heart Hospital with a GI bleed.", "Sacred Heart Hospital")]
    [InlineData("Discharged: Willow Creek Rehab, PT daily.", "Willow Creek Rehab")]
    [InlineData("Locums shift at St. Agnes Regional last month.", "St. Agnes Regional")]
    [InlineData("Tele visit w/ Red Rock Medical Center about the stroke.", "Red Rock Medical Center")]
    [InlineData("He dialyzes at Prairie Wind Dialysis three days a week.", "Prairie Wind Dialysis")]
    [InlineData("A call from Hope Hospice about the morphine.", "Hope Hospice")]
    [InlineData("Admitted to St. Vincent Hospital overnight.", "St. Vincent Hospital")]
    [InlineData("Transfer from Oakridge Community Hospital went smoothly.", "Oakridge Community Hospital")]
    public void Scrub_FacilityByHeadNounInAPlaceSlot_ReplacedWithPlace(string input, string facility) =>
        ShouldFind(input, facility, PhiType.City);

    [Theory]
    [InlineData("She was referred to Community Hospital for the scan.")]
    [InlineData("Got a call from Mental Health about the hold.")]
    [InlineData("He goes to Cardiac Rehab twice a week.")]
    [InlineData("Staged with the Barcelona Clinic Liver Cancer system.")]
    [InlineData("Regional anesthesia worked well for the knee.")]
    [InlineData("We invited Hospital Medicine to the meeting.")]
    [InlineData("Her follow-up is at Wound Clinic next week.")]
    [InlineData("Our Hospice team visited twice.")]
    [InlineData("The Rural Health Clinic rules changed again.")]
    public void Scrub_HeadNounWithoutANamedFacility_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Her brother in Sydney is on (02) 9374 4000 after 5.", "(02) 9374 4000")]
    [InlineData("Landline (032) 255-7781, the cousin picks up.", "(032) 255-7781")]
    [InlineData("Call the son in Hamburg, +49 (0)40 4285 3921, he speaks English.", "+49 (0)40 4285 3921")]
    [InlineData("UK number +44 (0)7700 900123 for the daughter.", "+44 (0)7700 900123")]
    public void Scrub_PhoneWithBracketedTrunkCode_ReplacedWithPhone(string input, string phone) => ShouldFind(input, phone, PhiType.Phone);

    [Theory]
    [InlineData("Steps (0) 1 2 3 on the pain scale.")]
    [InlineData("Score went from (0) to 12 overnight.")]
    [InlineData("Weights (05) 72.5 then 71.9 kg.")]
    public void Scrub_BracketedZeroThatIsNoPhone_Kept(string input) => ShouldKeep(input);
}
