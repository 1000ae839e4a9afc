using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 6's rule classes (issue #14, decision 044, written from round 5's set, now tuning data): named clinical phrases,
/// international phones, lab-system dates, unlabelled letter+digit record numbers, credential-signed names, nicknames,
/// names after relation cues, prefixed towns. Sentences of their own, none from a gold set, with the text that must stay.
/// </summary>
public class PhiScrubberRound6RulesTests
{
    [Theory]
    [InlineData("Her niece, Marigoldine, refills the pill organiser.", "Marigoldine")]
    [InlineData("The grandson, Storm, drives her to dialysis.", "Storm")]
    [InlineData("Called her husband Harbor Quetzalli about the Eliquis.", "Harbor Quetzalli")]
    [InlineData("Our NP Summerlyn caught the interaction.", "Summerlyn")]
    [InlineData("Call the copay line and ask for Bronwyn.", "Bronwyn")]
    [InlineData("Spoke with her son-in-law, Radomir, about hospice.", "Radomir")]
    public void Scrub_NameAfterRelationCue_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Thoughts welcome.\n-- Ysolde Maarsen, MD", "Ysolde Maarsen")]
    [InlineData("Reviewed by Tancredi Olufemi-Brandt, PA-C.", "Tancredi Olufemi-Brandt")]
    [InlineData("Her cousin Ferenc \"Bucky\" Szalontai signs the forms.", "Ferenc \"Bucky\" Szalontai")]
    public void Scrub_SignedOrNicknamedName_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Fact]
    public void Scrub_SentenceOpeningWordStatedOver89_ReplacedWithName() =>
        ShouldFind("Clementine is 96 y/o and mows her own lawn.", "Clementine", PhiType.Name);

    [Fact]
    public void Scrub_LowerCaseUnlistedPairAfterPatient_ReplacedWithName() =>
        ShouldFind("patient oksana vrabiescu missed dialysis twice.", "oksana vrabiescu", PhiType.Name);

    [Theory]
    [InlineData("Her daughter in Leeds: +44 113 496 0712, call after 6.", "+44 113 496 0712")]
    [InlineData("Family in Mexico City, 011 52 55 8123 4471.", "011 52 55 8123 4471")]
    public void Scrub_InternationalPhone_ReplacedWithPhone(string input, string phone) =>
        ShouldFind(input, phone, PhiType.Phone);

    [Theory]
    [InlineData("Admitted AUG-03-2024 with sepsis.", "AUG-03-2024")]
    [InlineData("Last INR drawn 14/Feb/2025 was 3.1.", "14/Feb/2025")]
    [InlineData("Follow-up booked for October the 9th.", "October the 9th")]
    public void Scrub_LabSystemAndSpokenDates_ReplacedWithDate(string input, string date) =>
        ShouldFind(input, date, PhiType.Date);

    [Theory]
    [InlineData("Face sheet shows QW8830172 with penicillin listed.", "QW8830172")]
    [InlineData("Scanned under R00442817, wrong patient.", "R00442817")]
    public void Scrub_UnlabelledLetterDigitRecordNumber_ReplacedWithRecord(string input, string record) =>
        ShouldFind(input, record, PhiType.MedicalRecord);

    [Theory]
    [InlineData("Transferred from Port Albury overnight for dialysis.", "Port Albury")]
    [InlineData("She grew up out past Fort Kessing, near the river.", "Fort Kessing")]
    [InlineData("The only Ogallala pharmacy is out of insulin.", "Ogallala")]
    public void Scrub_PrefixedOrInstitutionTown_ReplacedWithCity(string input, string town) =>
        ShouldFind(input, town, PhiType.City);

    [Theory]
    [InlineData("Lake Louise score of 6 at the summit.")]
    [InlineData("Jamestown Canyon virus serology is a send-out.")]
    [InlineData("Used the Seattle Heart Failure Model with the family.")]
    [InlineData("Valley fever titers were negative.")]
    [InlineData("Enrolled in NCT04417723 last spring.")]
    [InlineData("HLA-B2705 positive, so we started Humira.")]
    [InlineData("Thanks, MD colleagues, for the replies.")]
    [InlineData("Adherence is 95% per the download.")]
    [InlineData("Pulse is 104 and thready.")]
    [InlineData("Port flush due before the biopsy.")]
    [InlineData("pt denies chest pain and tolerates diet.")]
    [InlineData("nurse Practitioner coverage starts next week.")]
    public void Scrub_ClinicalOrOrdinaryText_Kept(string input) =>
        ShouldKeep(input);
}
