using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 312: the labels are searched in any case and kept only in a listed capitalisation, so a hit in another case is
/// skipped without hiding the labels after it. Sentences of their own, none from a gold set.
/// </summary>
public sealed class CodesAfterDeviceAndSampleLabelsTests
{
    // The rule alone, so another rule's find cannot stand in for it: what it marks, as the post's text.
    private static List<string> CodesIn(string text)
    {
        var found = new List<Detection>();
        CodesAfterDeviceAndSampleLabels.Detect(text, found);
        return [.. found.Select(detection => text[detection.Start..detection.End])];
    }

    [Theory]
    [InlineData("orders came from Workstation QNT-3381 overnight", "QNT-3381")]
    [InlineData("the CAB fare, then printer ZT-4410 jammed twice", "ZT-4410")]
    [InlineData("SAMPLE tubes ran out; sample HB-7702 went to the lab", "HB-7702")]
    public void Detect_ListedCapitalisationAfterOtherCases_CodeFound(string text, string code) => CodesIn(text).Should().Equal(code);

    [Theory]
    [InlineData("WORKSTATION QNT-3381 is down again")]
    [InlineData("the Printer's tray and the TRUCK KW-2281 outside")]
    public void Detect_LabelInAnUnlistedCase_NothingFound(string text) => CodesIn(text).Should().BeEmpty();
}
