using System.Text.RegularExpressions;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Tagging;
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
        foreach (var chart in ReportChartIds.Optional)
        {
            html.Should().Contain($"id=\"{chart}-figure\"><svg", "every chart is inlined as SVG");
        }
        html.Should().Contain("<h3>Biggest spikes</h3>").And.Contain("2026-W13");
        html.Should().Contain("<h2>Adverse-event mentions</h2>");
        html.Should().Contain("Switched [NAME] to &lt;eliquis&gt; &amp; no bleed").And.Contain("March 2026");
    }

    [Fact]
    public void Render_SentimentSwingOnAccess_WhySectionNamesTheAspectWithItsCounts()
    {
        var map = SampleHeatMaps.WeeklyWithAspects();
        var html = Render(new ReportContent(map, "Acme", "r", new ReportPeriod(map.From, map.To), GeneratedAt, []));

        html.Should().Contain("<section id=\"why-sentiment\">");
        html.Should().Contain("negative on access (prior authorization, formulary, step therapy, shortages): access net sentiment −0.90 against 0.00 before; 20 access mentions, 0 positive, 18 negative.");
        html.Should().NotContain("on efficacy", "efficacy is withheld in that cell");
    }

    [Fact]
    public void Render_SwingOnAccessWithACueFromKAuthors_WhyNamesTheCueWithTheMostAuthors()
    {
        var map = SampleHeatMaps.WeeklyWithAspects(
        [
            new AspectCueCount(Aspect.Access, Sentiment.Negative, "shortage", 6),
            new AspectCueCount(Aspect.Access, Sentiment.Negative, "prior-auth denials", 11),
            new AspectCueCount(Aspect.Access, Sentiment.Positive, "prior authorization", 30),
        ]);
        var html = Render(new ReportContent(map, "Acme", "r", new ReportPeriod(map.From, map.To), GeneratedAt, []));

        html.Should().Contain("negative on access: prior-auth denials (prior authorization, formulary, step therapy, shortages): access net sentiment −0.90");
        html.Should().NotContain("access: shortage").And.NotContain("access: prior authorization", "the positive side's cue does not explain a fall");
    }

    [Fact]
    public void Render_SwingOnAccessWithCuesFromFewerThanKAuthors_WhyNamesTheAspectOnly()
    {
        var map = SampleHeatMaps.WeeklyWithAspects([new AspectCueCount(Aspect.Access, Sentiment.Negative, "prior-auth denials", 4)]);
        var html = Render(new ReportContent(map, "Acme", "r", new ReportPeriod(map.From, map.To), GeneratedAt, []));

        html.Should().Contain("negative on access (prior authorization, formulary, step therapy, shortages): access net sentiment −0.90");
        html.Should().NotContain("on access: prior-auth denials", "a cue from fewer than k released authors is not named");
    }

    [Fact]
    public void Render_Report_SelfContainedWithoutAnyExternalReference()
    {
        var html = Render(new ReportContent(SampleHeatMaps.Monthly(), "Acme", "r", new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), GeneratedAt, []));

        html.Should().Contain("Content-Security-Policy\" content=\"default-src 'none';");
        html.Should().NotContainAny("<script", "<link", "<img", "<iframe", "src=", "<a ", "@import");
        Regex.Matches(html, @"url\(([^)]*)\)").Select(m => m.Groups[1].Value).Should().OnlyContain(target => target.StartsWith('#'));
        // The colour bar is an inline PNG inside the SVG (allowed by img-src data:); every other reference is to an id in the page.
        Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value)
            .Should().OnlyContain(target => target.StartsWith('#') || target.StartsWith("data:image/png;base64,", StringComparison.Ordinal));
        var ids = Regex.Matches(html, " id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
        ids.Should().OnlyHaveUniqueItems("charts inlined side by side must not share ids");
    }

    [Fact]
    public void Render_SuppressedCellAndMarkupTerm_NeitherNumberNorRawMarkupShown()
    {
        var html = Render(new ReportContent(SampleHeatMaps.Monthly(), "Acme", "r", new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), GeneratedAt, []));

        // Text a reader sees (chart coordinates are not numbers shown to anyone).
        Regex.Replace(html, "<[^>]*>", " ").Should().NotContain(SampleHeatMaps.SuppressedMentions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Should().NotContain(SampleHeatMaps.MarkupTerm).And.Contain("&lt;b&gt;A&amp;B&lt;/b&gt;");
    }
}
