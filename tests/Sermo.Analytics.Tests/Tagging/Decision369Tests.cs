using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 52's abbreviation frames (decision 369): a disease abbreviation the ambiguity model drops is kept in a case told
/// with an age and sex, after "after" or "because of", or screened or watched for; "the" before it, or a "for" with no
/// screening word, leave it to the model. Each sentence is written for this test, not from a gold post.
/// </summary>
public class Decision369Tests
{
    [Theory]
    [InlineData("BV again this spring in a 29F.", "BV")]
    [InlineData("Went back to running a year after a PE.", "PE")]
    [InlineData("Dropped out of the study because of VT.", "VT")]
    [InlineData("Dropped out because of POTS.", "POTS")]
    [InlineData("Missed a semester because of TD.", "TD")]
    [InlineData("Screening her for TB next week.", "TB")]
    [InlineData("Watching for TB since the exposure.", "TB")]
    public void Tag_DiseaseAbbreviationInAFrame_Kept(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().Contain(e => e.Surface == surface);
    }

    /// <summary>The same sentences: the model alone drops each, so the frame is what keeps them above.</summary>
    [Theory]
    [InlineData("BV again this spring in a 29F.")]
    [InlineData("Went back to running a year after a PE.")]
    [InlineData("Dropped out of the study because of VT.")]
    [InlineData("Dropped out because of POTS.")]
    [InlineData("Missed a semester because of TD.")]
    [InlineData("Screening her for TB next week.")]
    [InlineData("Watching for TB since the exposure.")]
    public void Model_DropsWhatTheFrameKeeps(string text)
    {
        var candidate = SharedTagger.Tagger.FindAmbiguityCandidates(text).Should().ContainSingle().Subject;

        candidate.Eligible.Should().BeTrue();
        SharedTagger.Disambiguation.Keeps(candidate.Features).Should().BeFalse();
    }

    [Theory]
    [InlineData("She plays on the HS team, a 16F.", "HS")]
    [InlineData("Asked for MS Office licences for the new clinic.", "MS")]
    [InlineData("Bought a 2 TB drive after the upgrade.", "TB")]
    public void Tag_OtherSenseOutsideTheFrames_Dropped(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().NotContain(e => e.Surface == surface);
    }
}
