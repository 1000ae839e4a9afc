using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

public class PhiScrubberDateAgeTests
{
    [Theory]
    [InlineData("Admitted 3/4/2025 with sepsis.", "3/4/2025")]
    [InlineData("Admitted 03/04/25 with sepsis.", "03/04/25")]
    [InlineData("Admitted 2025-03-04 with sepsis.", "2025-03-04")]
    [InlineData("Admitted March 4, 2025 with sepsis.", "March 4, 2025")]
    [InlineData("Admitted Mar 4 with sepsis.", "Mar 4")]
    [InlineData("Admitted 4 March 2025 with sepsis.", "4 March 2025")]
    [InlineData("Admitted March 4th with sepsis.", "March 4th")]
    [InlineData("Admitted on the 4th with sepsis.", "the 4th")]
    [InlineData("Started insulin Jan 2026.", "Jan 2026")]
    [InlineData("Started insulin January of 2026.", "January of 2026")]
    [InlineData("Seen Tuesday, March 4 in clinic.", "Tuesday, March 4")]
    [InlineData("Surgery on 3/4 went fine.", "3/4")]
    [InlineData("DOB 12.31.1950 on the form.", "12.31.1950")]
    [InlineData("Colonoscopy the 4th of March.", "the 4th of March")]
    [InlineData("Scan dated 2025/03/04.", "2025/03/04")]
    public void Scrub_DateFinerThanYear_ReplacedWithDate(string input, string date) =>
        ShouldFind(input, date, PhiType.Date);

    // Safe Harbor removes every date element but the year, so a month alone is a date too.
    [Theory]
    [InlineData("Will recheck in June.", "June")]
    [InlineData("Symptoms since March, worse now.", "March")]
    [InlineData("Planning surgery in May.", "May")]
    public void Scrub_MonthAfterTimePreposition_ReplacedWithDate(string input, string month) =>
        ShouldFind(input, month, PhiType.Date);

    [Theory]
    [InlineData("Rep said Christmas delivery.", "Christmas")]
    [InlineData("Admitted the day after Thanksgiving.", "the day after Thanksgiving")] // whole since round 15
    public void Scrub_Holiday_IsADate(string input, string holiday) =>
        ShouldFind(input, holiday, PhiType.Date);

    [Fact]
    public void Scrub_WillRecheckInJune_KeepsWillReplacesJune() =>
        ShouldScrubTo("Will recheck in June.", "Will recheck in [DATE].");

    [Theory]
    [InlineData("You may need to march the dose up.")]
    [InlineData("She may 2x the dose if needed.")]
    [InlineData("BP 142/88 and 3/4 of patients.")]
    [InlineData("Approved in 2025, generic by 2030.")]
    [InlineData("13/45 patients responded.")]
    public void Scrub_NotADate_IsKept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("A 92-year-old with hip fracture.", "92-year-old")]
    [InlineData("95 yo man with syncope.", "95")]
    [InlineData("She is 101 years old and sharp.", "101")]
    [InlineData("Patient aged 90 on warfarin.", "90")]
    [InlineData("Age: 93, lives alone.", "93")]
    [InlineData("94 y/o F with CAP.", "94")]
    public void Scrub_AgeOver89_ReplacedWithAge(string input, string age) =>
        ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("A 67-year-old woman with HFpEF.")]
    [InlineData("89 yo with dementia.")]
    [InlineData("Aged 45, no history.")]
    public void Scrub_AgeUpTo89_IsKept(string input) => ShouldKeep(input);
}
