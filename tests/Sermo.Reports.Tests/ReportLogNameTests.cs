using Sermo.Reports.Schedules;

namespace Sermo.Reports.Tests;

/// <summary>Decision 105: logs name a report by a short digest of its id, which holds none of the id's words.</summary>
public sealed class ReportLogNameTests
{
    [Fact]
    public void For_TopicReportId_StableHandleWithoutTheIdsWords()
    {
        var name = ReportLogName.For("monthly-obesity-by-state");

        name.Should().MatchRegex("^report-[0-9a-f]{8}$");
        name.Should().Be(ReportLogName.For("monthly-obesity-by-state"), "the same report has the same name on every host and run");
        name.Should().NotContainAny("obesity", "monthly", "state");
        ReportLogName.For("monthly-anticoagulants-by-specialty").Should().NotBe(name);
    }
}
