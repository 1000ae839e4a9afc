using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 274's rules (issue #14): ages over 89, days and phones read off the rotation's pooled misses of rounds 10-40, and
/// holidays after "every Monday after". Doses, labs, vitals 90-119, scores, counts, floors and years stay (a person's decade
/// is an age since decision 363). Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision274RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Retired welder, 94y, came in with a hip fracture.", "94")]
    [InlineData("Banner read 101Y F, code status DNR.", "101")]
    [InlineData("The old fisherman was 96 and still mending nets before the stroke.", "96")]
    [InlineData("Told the ward team she was 92 and sharp as anything.", "92")]
    [InlineData("Refused the statin again. 98, on 2L at home.", "98")]
    [InlineData("Her DOB is on the sheet, which makes her 93. Heart failure again.", "93")]
    [InlineData("Born the year the dam was built, so 97. Syncope workup.", "97")]
    [InlineData("Admitted a farmer, pt 103, lives alone out past the grain elevator.", "103")]
    [InlineData("Her dad 95 has a new pressure ulcer on the heel.", "95")]
    public void Scrub_AgeOverEightyNineInDigits_Found(string input, string age) => RulesOnlyCoverage.ShouldFind(input, age);

    [Theory]
    [InlineData("Ninety-four, COPD flare again, back on steroids.", "Ninety-four")]
    [InlineData("Grandpa came in, one hundred and three, still gardening.", "one hundred and three")]
    [InlineData("so the old man is like ninety-seven and wants to drive home", "ninety-seven")]
    [InlineData("Ninety-two retired teacher with sepsis from a UTI.", "Ninety-two")]
    public void Scrub_AgeOverEightyNineInWords_Found(string input, string age) => RulesOnlyCoverage.ShouldFind(input, age);

    [Theory]
    [InlineData("HR 102, BP 95/60, sats 97% on room air.")]
    [InlineData("Gave 100 mg of the loading dose and rechecked.")]
    [InlineData("Glucose 112. 95, 98 and 104 on the next checks.")]
    [InlineData("Weight 96 kg, down from 104 kg last year.")]
    [InlineData("Ninety-five percent of these resolve without surgery.")]
    [InlineData("Took ninety-two days to get the authorisation back.")]
    [InlineData("The drug was approved in 1995, so 95 percent of us learned it in training.")]
    [InlineData("Temp 101 and still climbing after the antipyretic.")]
    public void Scrub_VitalDoseCountOrDecade_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("The fall happened on the fifth of June, per the daughter.", "fifth of June")]
    [InlineData("Date of birth the twenty-third of March, 1931 on the form.", "twenty-third of March, 1931")]
    [InlineData("clinic visit october first, sent home with antibiotics", "october first")]
    [InlineData("surgery abroad august twenty-second, now febrile", "august twenty-second")]
    [InlineData("He says the swelling started on the twelfth.", "twelfth")]
    [InlineData("Plan was to operate on the twenty first. It slipped.", "twenty first")]
    [InlineData("She was seen the 4th and again a week later.", "4th")]
    [InlineData("Grandson says he was admitted the 27th, then discharged.", "27th")]
    [InlineData("The 9th of this month she fell at home.", "9th")]
    public void Scrub_DayInWordsOrOrdinal_Found(string input, string day) => RulesOnlyCoverage.ShouldFind(input, day);

    [Theory]
    [InlineData("Her room is on the third floor by the lifts.")]
    [InlineData("Got the line in on the second attempt.")]
    [InlineData("He was seen the 2nd time by the same resident.")]
    [InlineData("You may first try the lower dose.")]
    [InlineData("Focus on the first principles of the airway course.")]
    public void Scrub_OrdinalThatIsNoDay_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Pharmacy wants a callback, x4417 after noon.", "4417")]
    [InlineData("ask the charge nurse (x233-9140) about the bed", "233-9140")]
    [InlineData("Left a message at 606-555-0110, extension 44, no answer.", "extension 44")]
    [InlineData("Voicemail from 555-0177 again about the refill.", "555-0177")]
    [InlineData("Paged 481-2297 three times overnight.", "481-2297")]
    [InlineData("His son wants daily calls at 413/228-6650 from now on.", "413/228-6650")]
    public void Scrub_PhoneExtensionOrLocalNumber_Found(string input, string phone) => RulesOnlyCoverage.ShouldFind(input, phone);

    [Theory]
    [InlineData("Viewed at x1000 under oil, gram positive cocci.")]
    [InlineData("Hgb 555 is obviously a lab error, sodium 141-145.")]
    [InlineData("Ordered 3x2000 mg over the week.")]
    public void Scrub_MagnificationOrLab_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Every Monday after Thanksgiving the ED fills with chest pain.")]
    [InlineData("Each Friday before Labor Day we staff up for trauma.")]
    public void Scrub_HolidayAfterAHabitualWeekday_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Fact]
    public void Scrub_HolidayAfterOneWeekday_StillADate() =>
        RulesOnly.Scrub("She fell the Monday after Thanksgiving and broke her hip.").Text.Should().NotContain("Thanksgiving");
}
