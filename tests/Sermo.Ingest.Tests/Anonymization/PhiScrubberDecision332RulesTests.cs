using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 332's labels (issue #14), from the "record/claim/serial numbers" row pooled over rounds 10-46: a case, legal, work or
/// device number after a label the cue lists lacked (a petition, an ITA or CIS number, a server, a wristband, a crew number, an IVF
/// cycle, an evidence bag, a contract, a student id, a clock or rewards number). Counts, cycles, dates and spans of years after the
/// same words stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision332RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("the family filed petition 2210-25-40917 to hold him", "2210-25-40917")]
    [InlineData("court set for Friday, ITA no. 25-7-00412-9, public defender assigned", "25-7-00412-9")]
    [InlineData("case went to the state, CIS # 25-774103, then to the county", "25-774103")]
    [InlineData("the lab results went to print server LAB-PRN-07 and vanished", "LAB-PRN-07")]
    [InlineData("festival medics logged wristband 6630418 at the first aid tent", "6630418")]
    [InlineData("a galley worker, crew no. 551902, with a burned forearm", "551902")]
    [InlineData("IVF cycle 41-207 was cancelled for OHSS", "41-207")]
    [InlineData("the swab went in evidence bag K-4410 at 0400", "K-4410")]
    [InlineData("locums through the agency, contract QX-3318-AZ, housing included", "QX-3318-AZ")]
    [InlineData("the dorm student (sid 204-118-553) came in with mono", "204-118-553")]
    [InlineData("mill worker, clock # R30117, with trigger finger", "R30117")]
    [InlineData("she read me her rewards # 7730-2291 at the pharmacy counter", "7730-2291")]
    public void Scrub_NumberAfterLabelTheCueListsLacked_Found(string input, string code) => RulesOnlyCoverage.ShouldFind(input, code);

    [Theory]
    [InlineData("the server 2024-2025 upgrade moved every printer")]
    [InlineData("the registry 2019-2021 cohort had 300 patients")]
    [InlineData("the sample 2020-2022 cohort was small")]
    [InlineData("petition filed in 2024, hearing pending")]
    [InlineData("cycle 3 of FOLFOX, IVF cycle 2 failed last year")]
    [InlineData("server down for 40 min, the crew of 4 charted on paper")]
    [InlineData("wristband 2 days old, clock 0300 when she seized")]
    [InlineData("rewards 5000 points, sid 12 hours ago")]
    public void Scrub_CountsCyclesDatesAndYearsAfterTheSameLabels_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
