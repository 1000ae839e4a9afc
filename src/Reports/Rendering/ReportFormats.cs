namespace Sermo.Reports.Rendering;

public static class ReportFormats
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string Html = "html";
    public const string Pdf = "pdf";
    public const string Png = "png";
    public const string Svg = "svg";

    /// <summary>Every format, in the order a run writes them; a definition without "formats" gets all of them.</summary>
    public static readonly IReadOnlyList<string> All = [Csv, Xlsx, Html, Pdf, Png, Svg];

    /// <summary>The image formats a chart file can be written in; png and svg of the heat map keep their old names.</summary>
    public static readonly IReadOnlyList<string> Images = [Png, Svg];

    /// <summary>The format key (and file name) of a chart other than the heat map, such as "trends.png".</summary>
    public static string ChartFile(string chartId, string imageFormat) => $"{chartId}.{imageFormat}";
}
