using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sermo.Reports.Xlsx;

/// <summary>The workbook's few cell styles; the numbers are indexes into the stylesheet's cellXfs.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Integer = 2;
    public const uint Decimal = 3;
    public const uint Percent = 4;
    public const uint Suppressed = 5;
    public const uint Title = 6;
    public const uint Note = 7;

    private const uint PercentFormatId = 164;
    private const uint DecimalFormatId = 165;

    public static Stylesheet Create() =>
        new(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = DecimalFormatId, FormatCode = "0.00" })
            { Count = 2 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
                new Font(new Italic(), new FontSize { Val = 10 }, new Color { Rgb = "FF595959" }, new FontName { Val = "Calibri" }))
            { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFEDEDED"),
                Solid("FFD9D9D9"))
            { Count = 4 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
                new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = DecimalFormatId, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = PercentFormatId, ApplyNumberFormat = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center })
                { FontId = 3, FillId = 3, ApplyFill = true, ApplyFont = true, ApplyAlignment = true },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat { FontId = 3, ApplyFont = true })
            { Count = 8 });

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });
}
