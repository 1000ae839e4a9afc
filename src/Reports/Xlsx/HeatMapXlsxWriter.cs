using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Xlsx;

/// <summary>
/// The report as a workbook: a "Heat map" sheet (terms × buckets of mentions with a colour scale, the period total,
/// headers and term column frozen) and a "Table" sheet with the same records as the CSV (frozen header, filter).
/// Every text goes in as an inline string, never a formula, so a watchlist term like "=HYPERLINK(...)" stays text.
/// Suppressed cells hold the word "suppressed" on grey, no number. An internal run's workbook says so in its document
/// properties, in every sheet's printed page header and in the heat-map sheet's third row (decision 105), so a copy
/// taken out of its folder still says it is not for release.
/// </summary>
public sealed class HeatMapXlsxWriter : IReportFileRenderer
{
    private const int HeaderRow = 4;

    /// <summary>The empty row between the period note and the table header, where an internal run says so.</summary>
    private const int InternalRow = 3;

    public string Format => ReportFormats.Xlsx;

    public string FileName => "heatmap.xlsx";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // System.IO.Packaging wants a seekable stream; build the package in memory (a heat map is small).
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var heatMap = HeatMapSheet(content);
            var table = TableSheet(content.HeatMap);
            if (content.InternalOnly)
            {
                MarkInternal(document, heatMap, table);
            }

            AddSheet(workbookPart, sheets, 1, "Heat map", heatMap);
            AddSheet(workbookPart, sheets, 2, "Table", table);
            workbookPart.Workbook.Save();
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>The mark where a reader of the file meets it: properties, the printed header of each sheet, and on screen.</summary>
    private static void MarkInternal(SpreadsheetDocument document, Worksheet heatMap, Worksheet table)
    {
        var mark = ReportContent.InternalMark.ToUpperInvariant();
        document.PackageProperties.Title = mark;
        document.PackageProperties.ContentStatus = ReportContent.InternalMark;
        document.PackageProperties.Keywords = ReportContent.InternalMark;
        foreach (var sheet in new[] { heatMap, table })
        {
            // "&C" centres the header; &"-,Bold" is the default font in bold.
            sheet.Append(new HeaderFooter(new OddHeader($"&C&\"-,Bold\"{mark}")));
        }

        heatMap.GetFirstChild<SheetData>()!.InsertAt(Row(InternalRow, TextCell(1, InternalRow, mark, XlsxStyles.Title)), 2);
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Worksheet HeatMapSheet(ReportContent content)
    {
        var map = content.HeatMap;
        var totalColumn = map.Buckets.Count + 2;
        var data = new SheetData();
        data.Append(Row(1, TextCell(1, 1, $"{content.ClientName}: mentions by {map.Interval.ToString().ToLowerInvariant()}", XlsxStyles.Title)));
        data.Append(Row(2, TextCell(1, 2, string.Create(CultureInfo.InvariantCulture,
            $"Period {content.Period.From:yyyy-MM-dd} to {content.Period.To:yyyy-MM-dd} · generated {content.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC · k = {map.K}"),
            XlsxStyles.Note)));

        var header = Row(HeaderRow, TextCell(1, HeaderRow, "Term", XlsxStyles.Header));
        for (var b = 0; b < map.Buckets.Count; b++)
        {
            header.Append(TextCell(b + 2, HeaderRow, TimeBuckets.Label(map.Buckets[b], map.Interval), XlsxStyles.Header));
        }

        header.Append(TextCell(totalColumn, HeaderRow, "Period total", XlsxStyles.Header));
        data.Append(header);

        for (var t = 0; t < map.Terms.Count; t++)
        {
            var r = HeaderRow + 1 + t;
            var row = Row(r, TextCell(1, r, map.Terms[t], XlsxStyles.Default));
            for (var b = 0; b < map.Buckets.Count; b++)
            {
                row.Append(MentionsCell(b + 2, r, map.Cell(t, b)));
            }

            row.Append(MentionsCell(totalColumn, r, map.RowTotals[t]));
            data.Append(row);
        }

        var noteRow = HeaderRow + map.Terms.Count + 2;
        data.Append(Row(noteRow, TextCell(1, noteRow,
            $"\"suppressed\": the published count of distinct authors is under {map.K}. Counts carry a small deliberate error (the same in every report); totals are sums of shown cells. Colour: mentions, light to dark.",
            XlsxStyles.Note)));

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(FrozenPane(1, HeaderRow)) { WorkbookViewId = 0, TabSelected = true }),
            new Columns(
                new Column { Min = 1, Max = 1, Width = Math.Clamp(map.Terms.Select(t => t.Length).DefaultIfEmpty(10).Max() + 2, 12, 45), CustomWidth = true },
                new Column { Min = 2, Max = (uint)totalColumn, Width = 10, CustomWidth = true }),
            data);
        if (map.Terms.Count > 0 && map.Buckets.Count > 0)
        {
            // Colour the bucket cells only: the period total would flatten the scale. Text ("suppressed") is not coloured.
            worksheet.Append(ColourScale($"B{HeaderRow + 1}:{ColumnName(map.Buckets.Count + 1)}{HeaderRow + map.Terms.Count}"));
        }

        return worksheet;
    }

    private static Worksheet TableSheet(HeatMap map)
    {
        var columns = HeatMapCsvWriter.Columns;
        var data = new SheetData();
        var header = Row(1);
        for (var c = 0; c < columns.Count; c++)
        {
            header.Append(TextCell(c + 1, 1, columns[c], XlsxStyles.Header));
        }

        data.Append(header);
        var r = 2;
        foreach (var cell in map.Cells)
        {
            var row = Row(r,
                TextCell(1, r, map.ClientId, XlsxStyles.Default),
                TextCell(2, r, cell.Term, XlsxStyles.Default),
                TextCell(3, r, cell.Bucket.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), XlsxStyles.Default),
                TextCell(4, r, TimeBuckets.Label(cell.Bucket, map.Interval), XlsxStyles.Default),
                NumberCell(5, r, cell.Mentions, XlsxStyles.Integer),
                NumberCell(6, r, cell.DistinctAuthors, XlsxStyles.Integer),
                NumberCell(7, r, cell.PerThousandActive, XlsxStyles.Decimal),
                NumberCell(8, r, cell.ShareOfVoice, XlsxStyles.Percent),
                NumberCell(9, r, cell.NetSentiment, XlsxStyles.Decimal),
                NumberCell(10, r, cell.SpikeScore, XlsxStyles.Decimal),
                NumberCell(11, r, cell.AdverseEvents, XlsxStyles.Integer),
                TextCell(12, r, cell.Suppressed ? "true" : "false", XlsxStyles.Default));
            var aspects = Enum.GetValues<Aspect>();
            for (var a = 0; a < aspects.Length; a++)
            {
                row.Append(NumberCell(13 + a, r, cell.ForAspect(aspects[a])?.NetSentiment, XlsxStyles.Decimal));
            }

            data.Append(row);
            r++;
        }

        var lastColumn = ColumnName(columns.Count);
        return new Worksheet(
            new SheetViews(new SheetView(FrozenPane(0, 1)) { WorkbookViewId = 0 }),
            new Columns(
                new Column { Min = 1, Max = 2, Width = 24, CustomWidth = true },
                new Column { Min = 3, Max = (uint)columns.Count, Width = 14, CustomWidth = true }),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{Math.Max(1, r - 1)}" });
    }

    private static Pane FrozenPane(int columns, int rows) => new()
    {
        HorizontalSplit = columns > 0 ? columns : null,
        VerticalSplit = rows,
        TopLeftCell = $"{ColumnName(columns + 1)}{rows + 1}",
        ActivePane = columns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
        State = PaneStateValues.Frozen,
    };

    /// <summary>The same light-yellow → orange → dark-red ramp as the SVG heat map.</summary>
    private static ConditionalFormatting ColourScale(string range) =>
        new(new ConditionalFormattingRule(
            new ColorScale(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Min },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Percentile, Val = "50" },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Max },
                new Color { Rgb = "FFFFFFCC" },
                new Color { Rgb = "FFFD8D3C" },
                new Color { Rgb = "FF800026" }))
        { Type = ConditionalFormatValues.ColorScale, Priority = 1 })
        { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };

    private static Cell MentionsCell(int column, int row, HeatMapCell cell) =>
        cell.Suppressed ? TextCell(column, row, "suppressed", XlsxStyles.Suppressed) : NumberCell(column, row, cell.Mentions, XlsxStyles.Integer);

    private static Row Row(int index, params Cell[] cells) => new(cells) { RowIndex = (uint)index };

    private static Cell TextCell(int column, int row, string text, uint style) => new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = $"{ColumnName(column)}{row}",
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>A missing value (suppressed, or no baseline) is an empty cell, not zero.</summary>
    private static Cell NumberCell(int column, int row, double? value, uint style) =>
        value is null
            ? new Cell { CellReference = $"{ColumnName(column)}{row}", StyleIndex = style }
            : new Cell(new CellValue(value.Value.ToString("R", CultureInfo.InvariantCulture)))
            {
                CellReference = $"{ColumnName(column)}{row}",
                DataType = CellValues.Number,
                StyleIndex = style,
            };

    /// <summary>1 → A, 27 → AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}
