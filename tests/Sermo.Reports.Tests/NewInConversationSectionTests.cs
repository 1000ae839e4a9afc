using Sermo.Analytics.Emerging;
using Sermo.Reports.Charts;
using Sermo.Reports.Html;
using Sermo.Reports.Rerendering;

namespace Sermo.Reports.Tests;

public class NewInConversationSectionTests
{
    private static readonly ReleasedEmergingTopic Topic = new("lipase <elevation>", "phrase", null, new DateOnly(2026, 3, 23), 9);

    [Fact]
    public void Render_EmergingTopics_SectionListsTermKindWeekAndReleasedAuthorsEncoded()
    {
        var content = ReportHtmlRendererTests.Content() with { NewInConversation = [Topic] };

        var html = new ReportHtmlRenderer(new ReportCharts()).Render(content);

        html.Should().Contain("<h2>New in the conversation</h2>");
        html.Should().Contain("<tr><td>lipase &lt;elevation&gt;</td><td>phrase</td><td>2026-W13</td><td class=\"num\">9</td></tr>");
    }

    [Fact]
    public void Render_NoEmergingTopic_SectionSaysSoWithoutATable()
    {
        var html = new ReportHtmlRenderer(new ReportCharts()).Render(ReportHtmlRendererTests.Content());

        html.Should().Contain("No term outside your watchlist rose significantly");
    }

    [Fact]
    public void StoredContent_RoundTrip_KeepsTheSectionForRerendering()
    {
        var content = ReportHtmlRendererTests.Content() with { NewInConversation = [Topic] };

        var restored = StoredReportContent.Deserialize(StoredReportContent.Serialize(content)).WithQuotes([]);

        restored.NewInConversation.Should().Equal(Topic);
    }
}
