using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sermo.Reports.Rendering;
using Sermo.Reports.Xlsx;

namespace Sermo.Reports.Tests;

public class HeatMapXlsxWriterTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 4, 1, 6, 0, 0, TimeSpan.Zero);

    private static async Task<MemoryStream> RenderAsync()
    {
        var output = new MemoryStream();
        await new HeatMapXlsxWriter().RenderAsync(ReportContent.ForHeatMap(SampleHeatMaps.Monthly(), "Acme", GeneratedAt), output, CancellationToken.None);
        output.Position = 0;
        return output;
    }

    [Fact]
    public async Task Render_HeatMap_HeatMapAndTableSheetsWithFrozenHeaders()
    {
        using var stream = await RenderAsync();
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;

        workbook.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).Should().Equal("Heat map", "Table");
        var panes = workbook.WorksheetParts.Select(p => p.Worksheet.Descendants<Pane>().Single()).ToArray();
        panes.Should().OnlyContain(p => p.State! == PaneStateValues.Frozen);
        panes.Select(p => p.TopLeftCell!.Value).Should().BeEquivalentTo(["B5", "A2"]);
    }

    [Fact]
    public async Task Render_HeatMap_ColourScaleOverBucketCells()
    {
        using var stream = await RenderAsync();
        using var document = SpreadsheetDocument.Open(stream, false);

        var formatting = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<ConditionalFormatting>()).Single();
        formatting.SequenceOfReferences!.InnerText.Should().Be("B5:D7");
        formatting.Descendants<ColorScale>().Should().ContainSingle();
    }

    [Fact]
    public async Task Render_SuppressedCellAndInjectionTerm_NoHiddenNumberAndNoFormula()
    {
        using var stream = await RenderAsync();
        using var document = SpreadsheetDocument.Open(stream, false);
        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToArray();

        cells.Should().NotContain(c => c.CellFormula != null, "no text may become a formula");
        cells.Should().NotContain(c => c.InnerText.Contains(SampleHeatMaps.SuppressedMentions.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        cells.Where(c => c.InnerText == SampleHeatMaps.InjectionTerm).Should().OnlyContain(c => c.DataType! == CellValues.InlineString).And.NotBeEmpty();
        cells.Should().Contain(c => c.InnerText == "suppressed");
    }
}
