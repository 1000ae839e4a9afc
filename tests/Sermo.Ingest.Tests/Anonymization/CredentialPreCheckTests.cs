using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>The search that lets <c>MatchCredentialed</c> skip a post without any credential (decision 102) must find every signature it skips.</summary>
public class CredentialPreCheckTests
{
    [Theory]
    [InlineData("-- Anwen Kask, MD")]
    [InlineData("Tobiah Quembley, PA-C, saw her.")]
    [InlineData("Signed Lior Banerji PharmD")]
    [InlineData("Reviewed by Hal Odum, MBChB")]
    public void MayHoldCredential_CredentialAfterSpace_True(string text) => NameDetector.MayHoldCredential(text).Should().BeTrue();

    [Theory]
    [InlineData("Started apixaban; the md agreed.MD")]
    [InlineData("Seen by the team today, plan unchanged.")]
    public void MayHoldCredential_NoCredentialAfterSpace_False(string text) => NameDetector.MayHoldCredential(text).Should().BeFalse();

    [Theory]
    [InlineData("Thanks all. -- Anwen Kask, MD", "Anwen Kask")]
    [InlineData("Tobiah Quembley, PA-C", "Tobiah Quembley")]
    public void Scrub_SignedNameBeforeCredential_Replaced(string text, string name) =>
        new PhiScrubber().Scrub(text).Text.Should().NotContain(name);
}
