using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 312: the labels are searched in any case and kept only in a listed capitalisation, so a hit in another case is
/// skipped without hiding the labels after it. Sentences of their own, none from a gold set.
/// </summary>
public sealed class CodesAfterDeviceAndSampleLabelsTests
{
    [Theory]
    [InlineData("orders came from Workstation QNT-3381 overnight", "QNT-3381")]
    [InlineData("the CAB fare, then printer ZT-4410 jammed twice", "ZT-4410")]
    [InlineData("SAMPLE tubes ran out; sample HB-7702 went to the lab", "HB-7702")]
    public void Detect_ListedCapitalisationAfterOtherCases_CodeFound(string text, string code)
    {
        var found = new List<Detection>();

        CodesAfterDeviceAndSampleLabels.Detect(text, found);

        found.Select(detection => text[detection.Start..detection.End]).Should().Equal(code);
    }

    [Theory]
    [InlineData("WORKSTATION QNT-3381 is down again")]
    [InlineData("the Printer's tray and the TRUCK KW-2281 outside")]
    public void Detect_LabelInAnUnlistedCase_NothingFound(string text)
    {
        var found = new List<Detection>();

        CodesAfterDeviceAndSampleLabels.Detect(text, found);

        found.Should().BeEmpty();
    }
}
