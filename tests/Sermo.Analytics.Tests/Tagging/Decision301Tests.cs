using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 46's ambiguity model (decision 301), retrained with contexts written for the errors the readable sets pool by
/// cause: a disease abbreviation opening a case at the sentence start, one after "after", "because of" or "her MI was",
/// one watched for, avoided or screened for, and a drug class named bare. Each sentence here is written for this test
/// and is neither a training context nor a gold post.
/// </summary>
public class Decision301Tests
{
    [Theory]
    [InlineData("PE found on the CT angiogram, started apixaban.", "PE")]
    [InlineData("CAP inpatient, on ceftriaxone and doxycycline.", "CAP")]
    [InlineData("BPD at 34 weeks, on caffeine and low-flow oxygen.", "BPD")]
    [InlineData("He went back to work two months after MI.", "MI")]
    [InlineData("Correct slowly to avoid ODS in chronic hyponatremia.", "ODS")]
    [InlineData("Screened for TB before rituximab, QuantiFERON negative.", "TB")]
    [InlineData("We start ART within two weeks in most patients.", "ART")]
    [InlineData("Watch for MAS when the ferritin keeps climbing in Still's disease.", "MAS")]
    [InlineData("He got an ICD because of VT last spring.", "VT")]
    public void Tag_ClinicalSenseInAPooledCause_Kept(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().Contain(e => e.Surface == surface);
    }

    [Theory]
    [InlineData("PE unremarkable, lungs clear.", "PE")]
    [InlineData("MS Word crashed again during clinic.", "MS")]
    [InlineData("Bought a 2 TB drive for the clinic backups.", "TB")]
    [InlineData("HS football physicals fill the whole week.", "HS")]
    public void Tag_OtherSenseAtTheSentenceStart_Dropped(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().NotContain(e => e.Surface == surface);
    }

    [Fact]
    public void Model_MiAfterAfter_KeptWhereTheRuleDrops()
    {
        var candidate = SharedTagger.Tagger.FindAmbiguityCandidates("He went back to work two months after MI.").Should().ContainSingle().Subject;

        candidate.RuleKeeps.Should().BeFalse();
        SharedTagger.Disambiguation.Keeps(candidate.Features).Should().BeTrue();
    }
}
