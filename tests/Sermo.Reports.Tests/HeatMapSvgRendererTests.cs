using System.Xml.Linq;
using Sermo.Reports.HeatMaps;

namespace Sermo.Reports.Tests;

public class HeatMapSvgRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_HeatMap_IsValidSvgWithEveryTermLabel()
    {
        var svg = XDocument.Parse(new HeatMapSvgRenderer().Render(SampleHeatMaps.Monthly(), "Acme <Pharma> & Co"));

        svg.Root!.Name.Should().Be(Svg + "svg");
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        texts.Should().Contain(["eliquis", SampleHeatMaps.MarkupTerm]);
        // The 42-character injection term is cut at 40 characters, with the full text as its hover title.
        texts.Should().Contain(SampleHeatMaps.InjectionTerm[..39] + "…");
        svg.Descendants(Svg + "title").Select(t => t.Value).Should().Contain(SampleHeatMaps.InjectionTerm);
        texts.Should().Contain(["2026-01", "2026-02", "2026-03"]);
        texts.Should().Contain(t => t.StartsWith("Acme <Pharma> & Co: 2026-01-01 to 2026-03-31, by month", StringComparison.Ordinal) && t.EndsWith("k = 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_HeatMap_HasLegendWithRangeAndSuppressedSwatch()
    {
        var svg = XDocument.Parse(new HeatMapSvgRenderer().Render(SampleHeatMaps.Monthly(), "Acme"));

        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        legend.Descendants(Svg + "text").Select(t => t.Value).Should().Contain(["9", "50", "suppressed: fewer than 5 authors"]);
        legend.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill")).Should().Contain(["url(#mentions-ramp)", "url(#suppressed-hatch)"]);
    }

    [Fact]
    public void Render_SuppressedCell_HatchedAndNoValueAnywhere()
    {
        var text = new HeatMapSvgRenderer().Render(SampleHeatMaps.Monthly(), "Acme");
        var svg = XDocument.Parse(text);

        var cells = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "cells").Elements(Svg + "rect").ToArray();
        cells.Should().HaveCount(9);
        var suppressed = cells.Where(c => (string?)c.Attribute("class") == "suppressed").Should().ContainSingle().Which;
        suppressed.Value.Should().Contain("suppressed");
        // One hatch path over every grey cell, so the PDF carries the pattern once.
        var hatch = svg.Descendants(Svg + "path").Should().ContainSingle(p => (string?)p.Attribute("fill") == "url(#suppressed-hatch)").Which;
        ((string)hatch.Attribute("d")!).Should().Be($"M{suppressed.Attribute("x")!.Value} {suppressed.Attribute("y")!.Value}h28v20h-28z");
        text.Should().NotContain(SampleHeatMaps.SuppressedMentions.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_HeatMap_SelfContainedWithoutScriptsOrLinks()
    {
        var svg = XDocument.Parse(new HeatMapSvgRenderer().Render(SampleHeatMaps.Monthly(), "Acme"));

        svg.Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "a" || e.Name.LocalName == "image" || e.Name.LocalName == "foreignObject");
        svg.Descendants().Attributes().Should().NotContain(a => a.Name.LocalName == "href" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        svg.Descendants().Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value)
            .Should().NotContain(v => v.Contains("http", StringComparison.OrdinalIgnoreCase) || v.StartsWith("url(", StringComparison.Ordinal) && !v.StartsWith("url(#", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ManyBuckets_LabelsEveryNthColumn()
    {
        var svg = XDocument.Parse(new HeatMapSvgRenderer().Render(SampleHeatMaps.Daily(90), "Acme"));

        var labels = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "buckets").Elements(Svg + "text").Select(t => t.Value).ToArray();
        labels.Length.Should().BeInRange(20, 30);
        labels[0].Should().Be("2026-01-01");
        labels[1].Should().Be("2026-01-05");
    }

    [Fact]
    public void Render_DifferentMentions_DarkerColourForMore()
    {
        var svg = XDocument.Parse(new HeatMapSvgRenderer().Render(SampleHeatMaps.Monthly(), "Acme"));
        var fills = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "cells").Elements(Svg + "rect")
            .Select(r => (string)r.Attribute("fill")!).ToArray();

        fills[2].Should().Be("#800026", "50 is the largest shown count");
        fills[6].Should().Be("#ffffcc", "9 is the smallest shown count");
    }
}
