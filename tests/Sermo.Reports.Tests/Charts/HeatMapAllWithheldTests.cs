using System.Xml.Linq;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Charts;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests.Charts;

/// <summary>A sparse period where no cell has k authors is still a report: the chart says so instead of failing the run.</summary>
public sealed class HeatMapAllWithheldTests
{
    [Fact]
    public void Svg_EveryCellWithheld_DrawnGreyWithTheKeySayingWhy()
    {
        var from = new DateOnly(2026, 1, 5);
        var cells = Enumerable.Range(0, 4).Select(w => new CubeAggregate("eliquis", from.AddDays(7 * w), null, 3, 2, 1, 1, 1, 0)).ToArray();
        var map = SampleHeatMaps.Build(new CubeSlice("client-a", BucketInterval.Week, from, from.AddDays(27), cells, [], []), ["eliquis"], 5);

        var svg = XElement.Parse(new ReportCharts().Svg(ReportContent.ForHeatMap(map, "Acme", new DateTimeOffset(2026, 2, 2, 6, 0, 0, TimeSpan.Zero)), ReportChartIds.HeatMap));

        svg.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value).Should().Contain(t => t.Contains("No cell has enough authors", StringComparison.Ordinal));
    }
}
