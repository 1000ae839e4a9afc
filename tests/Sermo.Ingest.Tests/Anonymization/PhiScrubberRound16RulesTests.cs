using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Anonymization.Learned;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 16's rule and candidate change (issue #14, decision 124, from the causes of round 15's misses, now tuning data): a date
/// told relative to a holiday or another date goes whole, holidays of more traditions are dates, a workplace or school in a place
/// slot is a place, and the second word of a lower-case name after a cue is asked of the learned detector. Sentences of their own, none from a gold set, each with what
/// must stay.
/// </summary>
public class PhiScrubberRound16RulesTests
{
    [Theory]
    [InlineData("She came back four weeks after Christmas 2023 with the same cough.", "four weeks after Christmas 2023")]
    [InlineData("Seizure 10 days before Thanksgiving, none since.", "10 days before Thanksgiving")]
    [InlineData("Stopped the statin a couple of weeks after Easter.", "a couple of weeks after Easter")]
    [InlineData("He fell the Sunday after Thanksgiving and broke his wrist.", "the Sunday after Thanksgiving")]
    [InlineData("Admitted the week before Christmas with DKA.", "the week before Christmas")]
    public void Scrub_DateToldRelativeToAHoliday_WholePhraseReplacedWithDate(string input, string date) => ShouldFind(input, date, PhiType.Date);

    [Theory]
    [InlineData("Fasted through Ramadan 2025 and her sugars ran low.", "Ramadan 2025")]
    [InlineData("Flew home for Tet and missed two infusions.", "Tet")]
    [InlineData("Ate a lot of latkes at Hanukkah, glucose 310.", "Hanukkah")]
    [InlineData("Fever started right after Eid al-Fitr.", "Eid al-Fitr")]
    public void Scrub_HolidayOfAnotherTradition_ReplacedWithDate(string input, string date) => ShouldFind(input, date, PhiType.Date);

    [Theory]
    [InlineData("Repeat the echo 3 months after starting the beta blocker.")]
    [InlineData("Symptoms two weeks after the second dose are expected.")]
    [InlineData("The tet spell resolved with knee-chest positioning.")]
    [InlineData("Holistic care matters; a few days after surgery she was walking.")]
    public void Scrub_CountAndUnitBeforeNoDate_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Hurt his back at the Perdue plant in Salisbury last spring.", "Perdue plant in Salisbury")]
    [InlineData("Twelve hour shifts at Koch Foods plant, no breaks.", "Koch Foods plant")]
    [InlineData("Found down at the Sheetz truck stop off the highway.", "Sheetz truck stop")]
    public void Scrub_WorkplaceInAPlaceSlot_ReplacedWithPlace(string input, string place) => ShouldFind(input, place, PhiType.City);

    [Theory]
    [InlineData("Presented at Tumor Board on Tuesday with the new staging.")]
    [InlineData("Met her at the ED triage desk at midnight.")]
    [InlineData("Back pain from Paget disease of bone, not from work.")]
    [InlineData("Seen at Cardiac Rehab twice a week, no angina.")]
    [InlineData("Woke at 3 in the middle of the night, high sugars at school.")]
    public void Scrub_PlaceSlotWithoutAWorkplace_Kept(string input) => ShouldKeep(input);

    [Fact]
    public void RelativeStart_NoRelationWordBeforeTheDate_IsTheDatesStart()
    {
        const string text = "Seen on Christmas Eve.";
        RelativeDateSpans.RelativeStart(text, text.IndexOf("Christmas", StringComparison.Ordinal)).Should().Be(8);
    }

    [Theory]
    [InlineData("pt hope grant seen today.", 2, true)]
    [InlineData("son will hunter called.", 2, true)]
    [InlineData("pt hope grant seen today.", 3, false)]
    [InlineData("pt bob lasix refill.", 2, false)]
    [InlineData("I hope grant money comes.", 2, false)]
    public void IsCandidate_SecondLowerCaseWordAfterACue_AskedOfTheDetector(string text, int token, bool asked)
    {
        var index = TokenIndex.Build(text);
        var cover = new TokenCover[index.Tokens.Count];

        NameTokenFeatures.IsCandidate(index, token, cover).Should().Be(asked);
    }
}
