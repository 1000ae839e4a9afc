using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 10's rule classes (issue #14, decision 073, written from round 9's set, now tuning data): names set off by ward
/// language (a staff role, a bed number, a relation in parentheses, "pt" with a lower-case pair before an age, initials),
/// ages with a sex letter set off in a census line, spelled ages glued to "-year-old", towns before a state code, plates and
/// spaced SSNs, and eponyms before an exam result. Sentences of their own, none from a gold set, each class with what must stay.
/// </summary>
public class PhiScrubberRound10RulesTests
{
    [Theory]
    [InlineData("the LPN Dorotea hung the bag before I got there.", "Dorotea")]
    [InlineData("our MA Tavita roomed him and caught the BP.", "Tavita")]
    [InlineData("Night shift: the unit clerk Brisa paged me twice.", "Brisa")]
    [InlineData("Sign-out: bed 12 Okonkwo (CAP), bed 14 stable.", "Okonkwo")]
    [InlineData("rm 4B Harlan - NPO after midnight.", "Harlan")]
    [InlineData("Marisol (pt's daughter) asked about hospice again.", "Marisol")]
    [InlineData("Tomasz (RN) flagged the potassium.", "Tomasz")]
    [InlineData("pt delfina arreola (77F) w cellulitis, on cefazolin.", "delfina arreola")]
    [InlineData("Follow-up for pt R.W. next Tuesday re the biopsy.", "R.W.")]
    [InlineData("Consult from C.J. Abernathy about the effusion.", "C.J. Abernathy")]
    [InlineData("Covering the floor tonight, page me. – Teodora", "Teodora")]
    [InlineData("Saw pt de Garcia today, BP fine.", "de Garcia")]
    [InlineData("Letter for Lieutenant Okafor, Unit 3050 Box 4, APO AE 09012.", "Okafor")]
    public void Scrub_NameSetOffByWardLanguage_ReplacedWithName(string input, string name) => ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("the RT Bipap settings were wrong overnight.")]
    [InlineData("Bed 3 Foley draining well, bed 5 NPO.")]
    [InlineData("Lasix (pt's home med) held for the AKI.")]
    [InlineData("pt with fever (39C) and rigors.")]
    [InlineData("Lachman positive, McMurray negative, drawer equivocal.")]
    [InlineData("Pavlik harness for DDH, recheck the hips in 2 wks.")]
    [InlineData("Hunt and Hess high, coiling tonight.")]
    public void Scrub_WardWordsOrEponymThatIsNoName_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Transfer: Oakes, 97m, hip fracture, on Eliquis.", "97m")]
    [InlineData("Admit: 102 F, urosepsis, Foley in.", "102")]
    [InlineData("Curbside: M 96 from the nursing home with delirium.", "96")]
    [InlineData("Pt Nadia (F 93) needs a colonoscopy.", "93")]
    [InlineData("Pre-op: ninety-four-year-old for a hip pinning.", "ninety-four-year-old")]
    [InlineData("Our ED had a hundred and three-year-old with sepsis.", "a hundred and three-year-old")]
    [InlineData("103. Hip fracture, lives alone, still drives.", "103")]
    public void Scrub_SetOffAgeWithSexLetter_ReplacedWithAge(string input, string age) => ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("Temp was 101 F this morning, cultures sent.")]
    [InlineData("T 102 F overnight, blood cultures sent.")]
    [InlineData("After 90m of CPR we called it.")]
    [InlineData("HR 104. BP soft, lactate up.")]
    [InlineData("Any thoughts on this one? - Thanks")]
    [InlineData("Major Depression with psychotic features, on sertraline.")]
    [InlineData("Door to balloon, 95 m walk test was normal.")]
    public void Scrub_NumberWithLetterThatIsNoAge_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Moved to 8 Birch Ln, Addison, TX 75001 last month.", "Addison")]
    [InlineData("A pt from Cushing, OK drove in for the biopsy.", "Cushing")]
    [InlineData("She practises in Lebanon, NH now.", "Lebanon")]
    public void Scrub_TownBeforeStateCode_ReplacedWithCity(string input, string town) => ShouldFind(input, town, PhiType.City);

    [Theory]
    [InlineData("Addison, TX? No, Addison disease, check a cortisol.")]
    public void Scrub_EponymBeforeStateCodeWithoutPlaceContext_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Last colonoscopy 4.17.25, clean.", "4.17.25")]
    [InlineData("She fell over Labor Day 2025 and broke the hip.", "Labor Day 2025")]
    [InlineData("Admitted Christmas, 2024 with DKA.", "Christmas, 2024")]
    [InlineData("Eliquis stopped 2/14 before the scope.", "2/14")]
    [InlineData("Cultures drawn 11/3, no growth.", "11/3")]
    public void Scrub_DottedDateHolidayWithYearOrMonthDayAfterCareVerb_ReplacedWithDate(string input, string date) => ShouldFind(input, date, PhiType.Date);

    [Theory]
    [InlineData("Version 2.40.11 of the order set is live.")]
    [InlineData("Completed 3/4 of the course of antibiotics.")]
    [InlineData("Stopped at 3/4 of the dose for nausea.")]
    public void Scrub_NumbersNearDateWordsThatAreNoDate_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("The truck with plate KLM 4821 left the scene.", "KLM 4821")]
    [InlineData("Tag 6TRJ244 on the car in the ambulance bay.", "6TRJ244")]
    public void Scrub_PlateAfterCue_ReplacedWithLicense(string input, string plate) => ShouldFind(input, plate, PhiType.License);

    [Theory]
    [InlineData("SSN on the sheet 412 73 5519, please redact.", "412 73 5519")]
    [InlineData("ss# 233 41 8870 on the fax.", "233 41 8870")]
    public void Scrub_SpacedSsnAfterCue_ReplacedWithSsn(string input, string ssn) => ShouldFind(input, ssn, PhiType.Ssn);

    [Theory]
    [InlineData("Plate and screws removed, plate 2 of 3.")]
    [InlineData("Vitals 120 80 1000 mL out.")]
    [InlineData("SSN was redacted; the labs were 140 10 2000 and fine.")]
    public void Scrub_PlateOrSpacedNumbersThatAreNoIdentifier_Kept(string input) => ShouldKeep(input);
}
