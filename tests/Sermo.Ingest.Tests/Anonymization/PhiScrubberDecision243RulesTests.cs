using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 243's rules (issue #14): record numbers read off the rotation's pooled misses of rounds 10-35. New labels (a video
/// meeting, an accession, an IRB protocol, an applicant, a transplant listing, a referral, an order, a client, a family, a
/// badge, an airline or "flew"/"flt"), a number after a hash beside a shop or worker, an "A#", "SN" before a serial, a second
/// lettered id in a list, an id in parentheses after a name, a check digit after spaced groups and a booking reference. Counts,
/// doses, labs, vitals, years and scores after similar words stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision243RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Saw her by video, zoom meeting 845 2291 0037, rash looks like pityriasis.", "845 2291 0037")]
    [InlineData("CT head header had Accession=771204588 and the wrong birth date.", "771204588")]
    [InlineData("Enrolled under IRB 2024-0771 before the amendment.", "2024-0771")]
    [InlineData("Consented on protocol TRX-4410 last week, ALT now 140.", "TRX-4410")]
    [InlineData("Interviewed applicant AAMC 11827340 today, strong research.", "AAMC 11827340")]
    [InlineData("Listed for a liver, UNOS TKR5520, MELD climbing.", "TKR5520")]
    [InlineData("The specialist referral 31-77-4402 was denied a second time.", "31-77-4402")]
    [InlineData("Protective order # PO 55102 was served on Friday.", "PO 55102")]
    [InlineData("Shelter intake: client 6612049 sleeping in her car again.", "6612049")]
    [InlineData("Cascade testing for Marfan: proband (family K4471) and her brother.", "K4471")]
    [InlineData("Guard punched by a patient, badge T-442, wrist sprain.", "T-442")]
    public void Scrub_NumberAfterANewLabel_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("Syncope on board Emirates 3318 over the Atlantic.", "3318")]
    [InlineData("Index case flew QF 772 while infectious with measles.", "QF 772")]
    [InlineData("Sent out on the mail plane (flt 4410) with a septic knee.", "4410")]
    [InlineData("Passenger on United flight 2210 with chest pain.", "2210")]
    public void Scrub_FlightNumber_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("Pharmacist at Kroger #05521 called about the warfarin dose.", "05521")]
    [InlineData("Dockworker #7720 crushed his foot under a pallet.", "7720")]
    [InlineData("Methadone pt #5512-K missed two doses.", "5512-K")]
    [InlineData("Asylum screening, A# 204-771-938, latent TB.", "204-771-938")]
    [InlineData("Pump recall: serial SN QRT551208, alarm keeps firing.", "SN QRT551208")]
    [InlineData("Outbreak line list ids OB-114 and OB-207 both positive.", "OB-207")]
    [InlineData("Hauled up from the shaft, miner Dale Voss (#55813) with a crush injury.", "55813")]
    [InlineData("OPO called about donor Lena Brandt (KT4471) after the crash.", "KT4471")]
    [InlineData("Australian tourist, Medicare card 3318 44120 1.", "3318 44120 1")]
    [InlineData("Cruise passenger with a DVT, booking ref KXTRWQ for the insurer.", "KXTRWQ")]
    public void Scrub_NumberByItsShapeBesideACue_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("Ferritin 1200 at the meeting with the family, transfusion every 4 weeks.")]
    [InlineData("We follow the sepsis protocol 2019 edition, lactate 4.2.")]
    [InlineData("Family of 4, all with norovirus after the party.")]
    [InlineData("Order 1000 units of heparin and recheck the aPTT.")]
    [InlineData("Delta 2 waves were worse than omicron for our ICU.")]
    [InlineData("She had a flight 3 days ago and now a swollen calf.")]
    [InlineData("Percocet #30 dispensed, no refills.")]
    [InlineData("Ranked #1200 of the programs, not great.")]
    [InlineData("Rule #2024 of the unit: no food at the station.")]
    [InlineData("The booking was late, BP 150/90, HR 112.")]
    [InlineData("Clinic booking CLOSED this week, walk-ins only.")]
    [InlineData("Travel clinic booking NEEDED for the yellow fever shot, call ahead.")]
    [InlineData("Badge 3 of the course done, GCS 15.")]
    public void Scrub_CountDoseOrScoreAfterASimilarWord_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    // Decision 246 gates the label search with one vectorised pass: a label in capitals or mixed case must still open it.
    [Theory]
    [InlineData("Fell on the gangway, BOOKING CODE: VRX4PD, wrist in a cast.", "VRX4PD")]
    [InlineData("In-flight seizure, airline Pnr MT7QWE, landed early.", "MT7QWE")]
    [InlineData("Transfer flight record locator WQ8RTP, stretcher booked.", "WQ8RTP")]
    public void Scrub_BookingLabelInAnyCase_ReferenceFound(string input, string reference) => RulesOnlyCoverage.ShouldFind(input, reference);

    [Theory]
    [InlineData("Dr Ana Ruiz (2019) showed the same result.", "(2019)")]
    [InlineData("Health card 4410 882 913 2 weeks ago, platelets 150.", "2 weeks ago")]
    public void Scrub_YearOrCountBesideAFoundIdentifier_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);

    [Fact]
    public void Scrub_AlienNumberAfterItsLabel_Found() =>
        RulesOnlyCoverage.ShouldFind("Detained at the border, A-number A 301 447 902, cough for a month.", "301 447 902");
}
