using System.Globalization;
using System.Text;
using CsvHelper;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.HeatMaps;

/// <summary>
/// Writes a heat map as a tidy table: one record per (term, bucket). Suppressed cells keep their record, with empty
/// metric fields and suppressed=true, so a client sees that a value exists but is withheld. The last columns are net
/// sentiment per aspect, empty where the cell does not show that aspect (under k mentions about it). An internal run's
/// file starts with a comment line saying so (<see cref="InternalLine"/>), so the file says it even when copied out of
/// its folder; CsvHelper reads past it with <c>AllowComments</c>, and a spreadsheet shows it in A1.
/// </summary>
public sealed class HeatMapCsvWriter : IReportFileRenderer
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "client", "term", "bucket", "bucket_label", "mentions", "distinct_authors", "per_1000_active",
        "share_of_voice", "net_sentiment", "spike_score", "adverse_events", "suppressed",
        .. Enum.GetValues<Aspect>().Select(a => $"net_sentiment_{a.Name()}"),
    ];

    /// <summary>
    /// Text fields starting with = + - @ tab or CR get a leading single quote (and quotes), so Excel, LibreOffice
    /// and Sheets show a watchlist term like "=HYPERLINK(...)" as text instead of running it. CsvHelper applies
    /// this to text only, so a negative net sentiment stays a number.
    /// </summary>
    public static readonly CsvWriterOptions SpreadsheetSafe = new()
    {
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        FormatProvider = CultureInfo.InvariantCulture,
        TrueValue = "true",
        FalseValue = "false",
        NewLine = "\n",
    };

    /// <summary>
    /// The first line of an internal run's CSV (decision 105). No comma, so a spreadsheet keeps it in one cell; '#' is
    /// CsvHelper's default comment character.
    /// </summary>
    public static readonly string InternalLine = $"# {ReportContent.InternalMark.ToUpperInvariant()}: an operator's run that includes a bucket still open; never sent to a client";

    public string Format => ReportFormats.Csv;

    public string FileName => "heatmap.csv";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        if (content.InternalOnly)
        {
            // Written before the table, not through CsvHelper: a comment line is no record, and nothing in it is escaped.
            await output.WriteAsync(Encoding.UTF8.GetBytes(InternalLine + SpreadsheetSafe.NewLine), cancellationToken);
        }

        using var csv = CsvWriter.Create(output, SpreadsheetSafe, leaveOpen: true);
        Write(content.HeatMap, csv);
    }

    public void Write(HeatMap heatMap, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(heatMap);
        using var csv = CsvWriter.Create(writer, SpreadsheetSafe, leaveOpen: true);
        Write(heatMap, csv);
    }

    private static void Write(HeatMap heatMap, CsvWriter csv)
    {
        csv.WriteHeader(Columns.ToArray());
        foreach (var cell in heatMap.Cells)
        {
            csv.WriteField(heatMap.ClientId);
            csv.WriteField(cell.Term);
            csv.WriteField(cell.Bucket.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(TimeBuckets.Label(cell.Bucket, heatMap.Interval));
            csv.WriteField(cell.Mentions, default);
            csv.WriteField(cell.DistinctAuthors, default);
            csv.WriteField(cell.PerThousandActive, "0.####");
            csv.WriteField(cell.ShareOfVoice, "0.####");
            csv.WriteField(cell.NetSentiment, "0.####");
            csv.WriteField(cell.SpikeScore, "0.####");
            csv.WriteField(cell.AdverseEvents, default);
            csv.WriteField(cell.Suppressed);
            foreach (var aspect in Enum.GetValues<Aspect>())
            {
                csv.WriteField(cell.ForAspect(aspect)?.NetSentiment, "0.####");
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
