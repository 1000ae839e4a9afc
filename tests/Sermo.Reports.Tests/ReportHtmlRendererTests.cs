using System.Text.RegularExpressions;
using Sermo.Reports.Charts;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Storage.Excerpts;

namespace Sermo.Reports.Tests;

public class ReportHtmlRendererTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 4, 1, 6, 0, 0, TimeSpan.Zero);

    internal static ReportContent Content(string clientName = "Acme <Pharma>") =>
        new(SampleHeatMaps.Weekly(), clientName, "weekly-brands", new ReportPeriod(new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 29)), GeneratedAt,
            [new TermExcerpts("eliquis", [new PostExcerpt(new DateOnly(2026, 3, 24), "Switched [NAME] to <eliquis> & no bleed")])]);

    private static string Render(ReportContent? content = null) => new ReportHtmlRenderer(new ReportCharts()).Render(content ?? Content());

    [Fact]
    public void Render_Report_HasTitleBlockHeatMapMoversAdverseEventsAndExcerpts()
    {
        var html = Render();

        html.Should().Contain("Acme &lt;Pharma&gt;").And.Contain("2026-01-05 to 2026-03-29").And.Contain("2026-04-01 06:00 UTC").And.Contain("k = 5 distinct authors");
        html.Should().Contain($"id=\"{ReportHtmlRenderer.HeatMapElementId}\"><svg");
        html.Should().Contain("<h3>Biggest spikes</h3>").And.Contain("2026-W13");
        html.Should().Contain("<h2>Adverse-event mentions</h2>");
        html.Should().Contain("Switched [NAME] to &lt;eliquis&gt; &amp; no bleed").And.Contain("March 2026");
    }

    [Fact]
    public void Render_Report_SelfContainedWithoutAnyExternalReference()
    {
        var html = Render(new ReportContent(SampleHeatMaps.Monthly(), "Acme", "r", new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), GeneratedAt, []));

        html.Should().Contain("Content-Security-Policy\" content=\"default-src 'none';");
        html.Should().NotContainAny("<script", "<link", "<img", "<iframe", "src=", "href=", "@import");
        Regex.Matches(html, @"url\(([^)]*)\)").Select(m => m.Groups[1].Value).Should().OnlyContain(target => target.StartsWith('#'));
    }

    [Fact]
    public void Render_SuppressedCellAndMarkupTerm_NeitherNumberNorRawMarkupShown()
    {
        var html = Render(new ReportContent(SampleHeatMaps.Monthly(), "Acme", "r", new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), GeneratedAt, []));

        html.Should().NotContain(SampleHeatMaps.SuppressedMentions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Should().NotContain(SampleHeatMaps.MarkupTerm).And.Contain("&lt;b&gt;A&amp;B&lt;/b&gt;");
    }
}
