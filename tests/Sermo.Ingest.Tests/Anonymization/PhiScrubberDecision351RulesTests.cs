using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 351's rule (issue #14): a spelled age of 90-129 right after a found name or a kin word, or before a word that dates a
/// birthday ("now", "in October", "last Sunday"). Counts and durations with their unit, a bare count without a comma before it and
/// a vital read aloud stay as they were. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision351RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Her grandma ninety-one with CKD 4 still gardens every morning.", "ninety-one")]
    [InlineData("Aunt Ada will be ninety-four in October and wants the knee done.", "ninety-four")]
    [InlineData("The farmer from Tulsa, ninety in June, wants his hip replaced.", "ninety")]
    [InlineData("We sang for old Pim, hundred and two last Sunday, at the home.", "hundred and two")]
    [InlineData("my uncle will be ninety-seven next month and still fishes", "ninety-seven")]
    public void Scrub_SpelledAgeBesidePersonOrBirthday_Found(string input, string age) => RulesOnlyCoverage.ShouldFind(input, age);

    // The number must stay; a month beside it may still be scrubbed as a date by the date rules, so the check is on the number.
    [Theory]
    [InlineData("We ran ninety minutes of CPR before ROSC.", "ninety")]
    [InlineData("Called her husband ninety minutes ago about the scan.", "ninety")]
    [InlineData("The clinic saw ninety in March alone.", "ninety")]
    [InlineData("We did a hundred last week without a single bleed.", "a hundred")]
    [InlineData("sats ninety-two now on 2L", "ninety-two")]
    [InlineData("ninety-five percent of them go home in June.", "ninety-five")]
    public void Scrub_SpelledCountDurationOrVital_Kept(string input, string number) => RulesOnly.Scrub(input).Text.Should().Contain(number);
}
