using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 17's rule changes (issue #14, decision 129): a clinical meeting in a place slot stays, every holiday is read from one
/// list, the place nouns before a found town include the workplace heads, and "paralysis" closes a named clinical phrase. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberRound17RulesTests
{
    public static TheoryData<string> EveryHoliday => [.. Holidays.All];

    [Theory]
    [InlineData("Presented the case at Morbidity and Mortality conference last week.")]
    [InlineData("Her case went to Morbidity and Mortality and nobody was blamed.")]
    [InlineData("Mortality at 30 days was 4 percent in the trial.")]
    public void Scrub_MorbidityAndMortalityInAPlaceSlot_Kept(string input) => ShouldKeep(input);

    // Removed whole and nothing else; "Yom Kippur", "Rosh Hashanah" and "Mardi Gras" alone come out [NAME] (a two-word name outranks
    // the date, as on main before this round), which removes the same text.
    [Theory]
    [MemberData(nameof(EveryHoliday))]
    public void Scrub_EveryHolidayOfTheList_RemovedWhole(string holiday) =>
        Scrubber.Scrub($"Came back after {holiday} with the same cough.").Text.Should().MatchRegex(@"^Came back after \[(DATE|NAME)\] with the same cough\.$");

    [Theory]
    [MemberData(nameof(EveryHoliday))]
    public void Scrub_EveryHolidayWithAYear_WholeReplacedWithDate(string holiday) =>
        ShouldScrubTo($"Came back after {holiday} 2024 with the same cough.", "Came back after [DATE] with the same cough.");

    [Fact]
    public void Holidays_OneList_NoHolidayTwiceAndWordsAndPhrasesSplitIt()
    {
        Holidays.All.Should().OnlyHaveUniqueItems();
        Holidays.Words.Concat(Holidays.Phrases).Should().BeEquivalentTo(Holidays.All);
        Holidays.Words.Should().OnlyContain(h => !h.Contains(' ', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The tet spell resolved with knee-chest positioning.")]
    [InlineData("Had an epiphany about her anemia on rounds.")]
    public void Scrub_HolidayWordInLowerCase_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Todd paralysis after the seizure looked just like a stroke.")]
    [InlineData("Classic Klumpke paralysis after the shoulder dystocia.")]
    public void Scrub_EponymBeforeParalysis_Kept(string input) => ShouldKeep(input);

    [Fact]
    public void Scrub_NameBeforeParalysisAfterATitle_StillRemoved() =>
        ShouldRemove("Dr. Okonkwo thinks the paralysis is functional.", "Okonkwo");

    [Theory]
    [InlineData("He collapsed behind the Valero refinery in Ardmore, OK last night.", "Valero")]
    [InlineData("She fell outside the Hormel cannery in Fremont, NE on the ice.", "Hormel")]
    public void Scrub_WorkplaceHeadBeforeAFoundTown_NameRemoved(string input, string place) => ShouldRemove(input, place);
}
