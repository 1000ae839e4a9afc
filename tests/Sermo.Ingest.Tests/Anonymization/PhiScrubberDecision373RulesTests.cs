using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 373's rule (issue #14): a radio or television station's call sign is found with its channel number or station word
/// after a news job or before "Channel", "News", "Radio" or a band; lab and score names of four capitals and a call sign with no
/// cue stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision373RulesTests
{
    [Theory]
    [InlineData("the sports reporter at KMVT 11 tore his ACL on the sideline, MRI Tuesday", "KMVT 11")]
    [InlineData("she does the morning traffic on WRZK Channel 3 and now has vocal fold polyps", "WRZK Channel 3")]
    [InlineData("half the staff at WHLN News Radio came down with the same GI bug", "WHLN News Radio")]
    [InlineData("our weatherman for KSTQ-TV fainted during the live shot, orthostatic", "KSTQ-TV")]
    [InlineData("it was all over KBRN by noon, so the family already knew", "KBRN")]
    [InlineData("photographer with the KJOV crew, station: KJOV 2. syncope in the van", "KJOV 2")]
    public void Scrub_CallSignAfterNewsJobOrBeforeStationWord_Found(string input, string station) => RulesOnlyCoverage.ShouldFind(input, station);

    [Theory]
    [InlineData("donor kidney came with KDPI 85 and a long cold time, we took it")]
    [InlineData("KRAS G12C positive, so sotorasib is on the table")]
    [InlineData("WOMAC score 62 before the injection")]
    [InlineData("we decided on KDPI 85 alone, not the biopsy")]
    [InlineData("KSLA ran a piece on measles and now everyone wants titers")]
    [InlineData("We saw him on Wednesday at WAKE forest clinic")]
    public void Detect_LabNamesAndCallSignsWithoutCue_NothingFound(string input)
    {
        var found = new List<Detection>();

        BroadcastStationsByCallSign.Detect(input, found);

        found.Should().BeEmpty();
    }
}
