using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 310's rule (issue #14), from the "names in capitals" row pooled over rounds 10-43: initials beside a found name
/// ("Maria K. from", "for J. Antonio Ramirez"), a lone initial before a found name in a name's slot, and initials before an age
/// ("T.W., 58,", "P. L. (71"). Abbreviations of the same shape, degrees glued to a letter, vitamins before a surname and a rhythm
/// after a name stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision310RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("case for discussion: T.W., 58, new ascites and weight loss", "T.W.")]
    [InlineData("so P. L. (71 year old) slipped on the ice outside church", "P. L.")]
    [InlineData("consult request for D.R.K., 83, severe aortic stenosis", "D.R.K.")]
    [InlineData("sigh. B. J., seventy-eight-year-old, hip fracture on warfarin", "B. J.")]
    public void Scrub_InitialsBeforeAnAge_Found(string input, string initials) => RulesOnlyCoverage.ShouldFind(input, initials);

    [Theory]
    [InlineData("we admitted Maria K. from the county jail with DKA", "K.")]
    [InlineData("sign-out list - Antonio Ramirez R. bed 12, cholangitis", "R.")]
    [InlineData("home health referral for J. Antonio Ramirez, wound check", "J.")]
    public void Scrub_InitialBesideAFoundName_Found(string input, string initial) => RulesOnlyCoverage.ShouldFind(input, initial);

    [Theory]
    [InlineData("we moved to the U.S., 12 years ago, and he never saw a doctor")]
    [InlineData("Dr Patel, M.D., 20 years in practice")]
    [InlineData("started vitamin D. Smith called about the level")]
    [InlineData("the 8 A.M., 10 A.M. doses were given")]
    public void Scrub_AbbreviationsAndVitaminsOfTheSameShape_KeepTheirLetters(string input)
    {
        var scrubbed = RulesOnly.Scrub(input).Text;
        foreach (var kept in new[] { "U.S.", "M.D.", "D.", "A.M." })
        {
            if (input.Contains(kept, StringComparison.Ordinal))
            {
                scrubbed.Should().Contain(kept);
            }
        }
    }

    [Theory]
    [InlineData("Maria Lopez A. fib with RVR again", "A. fib")]
    [InlineData("back from rehab: Antonio Ramirez, C. diff colitis again", "C. diff")]
    [InlineData("Maria Lopez, E. coli bacteremia from a urinary source", "E. coli")]
    public void Scrub_RhythmOrGermAfterAName_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
