using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 358's rule (issue #14): a code of capitals, three to six digits and capitals again, joined by hyphens, is found
/// whole after any cue or none; clinical names with hyphens and digits, a longer code's inner part and a range stay.
/// Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision358RulesTests
{
    [Theory]
    [InlineData("the station doc filed it as incident K-3310-W, can anyone read this ECG", "K-3310-W")]
    [InlineData("appeal went in under tracking TR-77102-Q last Friday, still no word on the biologic", "TR-77102-Q")]
    [InlineData("her visit code was H-902-BX and the portal still lost the scan", "H-902-BX")]
    [InlineData("sent the letter for file MED-40561-AK.", "MED-40561-AK")]
    public void Scrub_CodeBetweenCapitalGroups_WholeCodeFound(string input, string code) => RulesOnlyCoverage.ShouldFind(input, code);

    [Theory]
    [InlineData("coded it ICD-10-CM as the payer asked, then the denial came back")]
    [InlineData("G-6-PD deficiency screen before primaquine, please")]
    [InlineData("HLA-B27 negative, CRP 14, still think it is axial spondyloarthritis")]
    [InlineData("after COVID-19 she has had POTS symptoms for months")]
    [InlineData("the order set XR-ABD-2014-AP is the old one")]
    [InlineData("pages 120-145 of the handbook cover this")]
    [InlineData("her code ABCD-4410-Q was the old portal's")]
    public void Detect_ClinicalNamesRangesAndLongerCodes_NothingFound(string input)
    {
        var found = new List<Detection>();

        CodesBetweenCapitalGroups.Detect(input, found);

        found.Should().BeEmpty();
    }
}
