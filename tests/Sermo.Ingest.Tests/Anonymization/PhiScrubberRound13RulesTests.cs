using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 13's rule classes (issue #14, decision 100, written from round 12's set, now tuning data): phones outside the North
/// American plan by their digit groups, Australian postcodes after a state code, a day named by its ordinal, names by the slot
/// they stand in (the registration "SURNAME, Given", an initial, a bracketed nickname, a kin noun, an age shape, a word before a
/// found name, a repeat of a found name) and full names typed in lower case. Sentences of their own, none from a gold set, each
/// class with what must stay.
/// </summary>
public class PhiScrubberRound13RulesTests
{
    private static void ShouldRemove(string input, string identifier)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().NotContain(identifier, $"\"{identifier}\" in \"{input}\" identifies someone; scrubbed: \"{result.Text}\"");
    }

    private static void ShouldRetain(string input, string term)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().Contain(term, $"\"{term}\" in \"{input}\" is clinical");
    }

    [Theory]
    [InlineData("Her son in Oslo left his number, +47 915 44 302, for updates.", "+47 915 44 302")]
    [InlineData("GP surgery rang from 0131 496 0875 about the discharge letter.", "0131 496 0875")]
    [InlineData("Mum's mobile is 0412 556 981 if the ward needs her.", "0412 556 981")]
    [InlineData("Family in Nuku'alofa: +676 27 410, call after 6 pm their time.", "+676 27 410")]
    public void Scrub_ForeignPhoneByDigitGroups_ReplacedWithPhone(string input, string phone) => ShouldFind(input, phone, PhiType.Phone);

    [Theory]
    [InlineData("Vitals q4h at 0800 1200 1600 and 2000, then stop.")]
    [InlineData("Dose was 0.5 mg then 1 mg then 2 mg over 3 days.")]
    [InlineData("Scores on day 0 10 20 were flat.")]
    public void Scrub_DigitGroupsThatAreNoPhone_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Locum in a town of 900 people near Dubbo NSW 2830 with two cases of Q fever.", "2830")]
    [InlineData("Referred from Toowoomba QLD 4350 with a pleural effusion.", "4350")]
    public void Scrub_AustralianPostcodeAfterStateCode_Removed(string input, string postcode) => ShouldRemove(input, postcode);

    [Theory]
    [InlineData("She says her wedding is the 22nd so the surgery has to wait.", "22nd")]
    [InlineData("He was admitted the 9th for a COPD flare.", "9th")]
    [InlineData("Clinic closed Tues the 3rd - plan ahead.", "Tues the 3rd")] // with its weekday since round 15
    [InlineData("The 1st was the last day on the old pager system.", "1st")]
    public void Scrub_DayNamedByItsOrdinal_ReplacedWithDate(string input, string day) => ShouldFind(input, day, PhiType.Date);

    [Theory]
    [InlineData("Fundal height lags in the 3rd trimester again.")]
    [InlineData("Weight is below the 5th percentile for age.")]
    [InlineData("Tenderness at the base of the 5th.")]
    [InlineData("Amputation of the 2nd, 3rd and 4th toes.")]
    [InlineData("This is the 2nd or 3rd time this week.")]
    public void Scrub_OrdinalThatIsACount_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Bed list: MAKOA, Leilani - cellulitis, IV cefazolin.", "MAKOA")]
    [InlineData("Bed list: MAKOA, Leilani - cellulitis, IV cefazolin.", "Leilani")]
    [InlineData("Chart opened under DE LA TORRE, Maribel by mistake.", "DE LA TORRE")]
    public void Scrub_CapitalisedSurnameCommaGiven_Removed(string input, string name) => ShouldRemove(input, name);

    [Theory]
    [InlineData("Ordered HIV, HCV and RPR on everyone in the clinic.")]
    [InlineData("Checked CBC, BMP and a lactate.")]
    public void Scrub_CapitalisedClinicalList_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Consult note on K. Adeyemi-Okoro is in the chart.", "Adeyemi-Okoro")]
    [InlineData("Handover: R. Szczepanek in bay 4 needs a repeat troponin.", "Szczepanek")]
    [InlineData("Message from W. al-Rashid about his refill.", "al-Rashid")]
    public void Scrub_InitialAndSurname_Removed(string input, string surname) => ShouldRemove(input, surname);

    [Theory]
    [InlineData("Urine grew E. coli again, pan-sensitive.")]
    [InlineData("Post-op day 2 for a 61 y/o M. Creatinine is up.")]
    [InlineData("Pt is a 58 yo F. Troponin flat.")]
    [InlineData("Served in the U.S. Army for twenty years.")]
    public void Scrub_InitialThatIsNoName_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Scooter (legal name on file) is back with another COPD flare.", "Scooter")]
    [InlineData("Pt Maile Kahananui (Pua) is 6 days out from her CABG.", "Pua")]
    [InlineData("Sat with her grandson Tevita while the family flew in.", "Tevita")]
    [InlineData("Grandpa has a sibling (Oluwaseun) who signs the forms.", "Oluwaseun")]
    [InlineData("Mosese, the youngest kid, does all the interpreting.", "Mosese")]
    [InlineData("Peds: Tavita, 7M, febrile seizure, now back to baseline.", "Tavita")]
    [InlineData("New admit: Pt Xóchitl Ramírez Olvera, 44, cholangitis.", "Xóchitl")]
    public void Scrub_WordInANameSlot_Removed(string input, string name) => ShouldRemove(input, name);

    [Theory]
    [InlineData("Cardiology, 45F with palpitations, any thoughts?", "Cardiology")]
    [InlineData("Spoke with Dr. Okafor (Cardiology) this morning.", "Cardiology")]
    [InlineData("Her son (Hospice) called, not the patient's son.", "Hospice")]
    public void Scrub_NameSlotHoldingAClinicalWord_KeepsTheWord(string input, string word) => ShouldRetain(input, word);

    [Theory]
    [InlineData("1. Dr. Kowalczyk's pt - sepsis\n2. Kowalczyk again? no, different chart", "Kowalczyk again")]
    public void Scrub_RepeatOfAFoundName_Removed(string input, string repeat) => ShouldRemove(input, repeat);

    [Fact]
    public void Scrub_RepeatOfAFoundNameThatIsAnEponymPhrase_KeepsThePhrase() =>
        ShouldRetain("Dr. Graves saw her today. Graves disease, on methimazole.", "Graves disease");

    [Theory]
    [InlineData("Left a voicemail about tomas lindqvist's INR.", "tomas lindqvist")]
    [InlineData("ngozi okonkwo, DOB on file, cellulitis", "ngozi okonkwo")]
    [InlineData("Follow-up for akosua mensah.", "akosua mensah")]
    public void Scrub_LowerCaseFullNameInANameSlot_Removed(string input, string name) => ShouldRemove(input, name);

    [Theory]
    [InlineData("Admitted for major depressive disorder, SSRI started.")]
    [InlineData("Started on apixaban rivaroxaban switch was a mess.")]
    public void Scrub_LowerCasePhraseInANameSlot_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Old chart under MRN 4471 88203 1, new one under 7731.", "88203")]
    [InlineData("Two charts merged: MRN 5512093 and 5512904, same woman.", "5512904")]
    [InlineData("Poison center gave us a reference, case # 8830412.", "8830412")]
    public void Scrub_RecordNumberRunOrJoinedNumber_Removed(string input, string number) => ShouldRemove(input, number);

    [Theory]
    [InlineData("Second attempt, ticket #3 with IT, still broken.")]
    [InlineData("This is #2 of 4 in the series on sepsis.")]
    public void Scrub_ShortNumberAfterHash_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Transfer from Trinity Lubbock overnight, septic shock.", "Trinity")]
    [InlineData("The school nurse at Baptist Jonesboro called.", "Baptist")]
    public void Scrub_FacilityWordBeforeAFoundTown_Removed(string input, string word) => ShouldRemove(input, word);
}
