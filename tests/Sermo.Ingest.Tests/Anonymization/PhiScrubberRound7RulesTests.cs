using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 7's rule classes (issue #14, decision 049, written from round 6's set, now tuning data): the subject of a verb only
/// people do, a name glossed by a relation in parentheses, surname-first pairs in capitals, ages stated with "is", compact and
/// spreadsheet dates, m/d and m-d after record words, unlabelled long and letter-dashed record numbers, a doctor's town,
/// eponym gradings. Sentences of their own, none from a gold set, each class with the text that must stay.
/// </summary>
public class PhiScrubberRound7RulesTests
{
    [Theory]
    [InlineData("Marisabel asked me to fax the records to her lawyer.", "Marisabel")]
    [InlineData("Then Clemency says she never got the refill.", "Clemency")]
    [InlineData("Tuesday is fine; Oyelowo wants the earlier slot.", "Oyelowo")]
    public void Scrub_SubjectOfPersonVerb_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Everyone says the Ozempic shortage is over.")]
    [InlineData("Cardiology says no anticoagulation until the bleed resolves.")]
    [InlineData("Nobody asked about the Eliquis copay.")]
    public void Scrub_SubjectOfPersonVerbThatIsNoPerson_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Per Tsegaye (the grandson), she stopped the metformin.", "Tsegaye")]
    [InlineData("Called Lumi (her niece) back about the Lasix.", "Lumi")]
    public void Scrub_NameGlossedByRelation_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Fact]
    public void Scrub_RoleInParentheses_Kept() => ShouldKeep("Follow up with Nephrology (the fellow) about the dialysis plan.");

    [Theory]
    [InlineData("OKONJO, BEATRIX  771204  adm yesterday", "OKONJO, BEATRIX")]
    [InlineData("Pt: MARTINEZ, ROSALBA | dx sepsis", "MARTINEZ, ROSALBA")]
    public void Scrub_SurnameFirstInCapitalsOnRecordLine_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("CHF, COPD - diurese and recheck BMP.")]
    [InlineData("HTN, DM2  on metformin and lisinopril")]
    public void Scrub_AbbreviationsInCapitals_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Mrs. Abernathy-Quist is 101 and still drives.", "101")]
    [InlineData("Ms. Oduya is now 97, sharp as ever.", "97")]
    public void Scrub_AgeStatedAfterName_ReplacedWithAge(string input, string age) =>
        ShouldFind(input, age, PhiType.Age);

    [Fact]
    public void Scrub_WeightStatedAfterName_KeepsNumber() =>
        Scrubber.Scrub("Mr. Abernathy-Quist is 95 kg today.").Text.Should().Contain("95 kg");

    [Theory]
    [InlineData("Order entered 14NOV2023 by the night team.", "14NOV2023")]
    [InlineData("Culture sent 3-Feb, still pending.", "3-Feb")]
    [InlineData("adm 6-23 with urosepsis", "6-23")]
    [InlineData("Deceased 10/4, family notified.", "10/4")]
    [InlineData("follow up 11-30 in clinic", "11-30")]
    public void Scrub_CompactAndContextualDates_ReplacedWithDate(string input, string date) =>
        ShouldFind(input, date, PhiType.Date);

    [Theory]
    [InlineData("seen 3-4 times this year for the same rash")]
    [InlineData("admit 1-2 days for observation")]
    [InlineData("Metoprolol 25 mg, may 3 doses max")]
    public void Scrub_RangesAfterRecordWords_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Old chart 440918273 had the allergy listed.", "440918273")]
    [InlineData("H551-2093 - INR 4.1, held warfarin.", "H551-2093")]
    public void Scrub_UnlabelledRecordNumberShapes_ReplacedWithRecord(string input, string record) =>
        ShouldFind(input, record, PhiType.MedicalRecord);

    [Fact]
    public void Scrub_BirthDateWithoutSeparators_ReplacedWithDate() =>
        ShouldFind("DOB 03111931, allergies NKDA.", "03111931", PhiType.Date);

    [Theory]
    [InlineData("See PMID 31415926 for the trial.")]
    [InlineData("NCT 04280705 enrolled 1,200 patients.")]
    public void Scrub_PublicLongNumbers_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Happy to discuss.\n-- Oksana Ferreira-Lund, MD, Tallowell", "Tallowell")]
    [InlineData("Referred by Dr. Vartanian, Quarry Bend.", "Quarry Bend")]
    [InlineData("Second opinion from Dr. Lindqvist-Oduya, Port Ellery.", "Port Ellery")]
    [InlineData("Dr Kalnins in Wolfhaven still uses digoxin first line.", "Wolfhaven")]
    public void Scrub_DoctorsTown_ReplacedWithCity(string input, string town) =>
        ShouldFind(input, town, PhiType.City);

    [Theory]
    [InlineData("Referred by Dr. Vartanian, Cardiology.", "Cardiology")]
    [InlineData("Dr. Vartanian in Radiology said the same.", "Radiology")]
    public void Scrub_DepartmentAfterDoctor_KeepsWord(string input, string word) =>
        Scrubber.Scrub(input).Text.Should().Contain(word);

    [Theory]
    [InlineData("Another Hunt and Hess 4 tonight, flown out.", "Hunt and Hess 4")]
    [InlineData("Positive Spurling test on the left.", "Spurling test")]
    public void Scrub_EponymGradingsAndExamSigns_KeptVerbatim(string input, string term) =>
        Scrubber.Scrub(input).Text.Should().Contain(term);

    [Theory]
    [InlineData("dtr Wenonah at bedside, wants updates.", "Wenonah")]
    [InlineData("Fr. Anselm gave the sacrament.", "Anselm")]
    public void Scrub_NameAfterAbbreviatedRelationOrTitle_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);
}
