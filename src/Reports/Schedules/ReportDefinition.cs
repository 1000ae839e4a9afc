using System.Text.Json;
using System.Text.Json.Serialization;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Charts;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Schedules;

/// <summary>One scheduled report of a client: when it runs (Quartz cron in a time zone) and what it covers.</summary>
/// <param name="Formats">Any of csv, xlsx, html, pdf, png, svg; absent or empty means all of them.</param>
/// <param name="Lookback">
/// How many buckets, ending with the one containing the run date, the report covers; when absent,
/// 56 days, 52 weeks or 18 months.
/// </param>
/// <param name="Charts">
/// Charts besides the heat map to write as files (trends, share-of-voice, sentiment, per-thousand), each in the image
/// formats (png, svg) the definition lists; absent means none. The HTML and PDF show every chart whatever this says.
/// </param>
public sealed record ReportDefinition(
    string Id,
    string Cron,
    string TimeZone,
    BucketInterval Interval,
    IReadOnlyList<string>? Formats,
    int? Lookback = null,
    IReadOnlyList<string>? Charts = null)
{
    public int Buckets => Lookback ?? Interval switch
    {
        BucketInterval.Day => 56,
        BucketInterval.Week => 52,
        _ => 18,
    };

    /// <summary>
    /// The files a run writes, by format key: the formats, lower-case, in <see cref="ReportFormats.All"/> order, then each
    /// listed chart in each listed image format ("trends.png", "trends.svg" …) in <see cref="ReportChartIds.Optional"/> order.
    /// </summary>
    public IReadOnlyList<string> EffectiveFormats
    {
        get
        {
            var formats = Formats is null || Formats.Count == 0
                ? ReportFormats.All
                : ReportFormats.All.Where(f => Formats.Contains(f, StringComparer.OrdinalIgnoreCase)).ToArray();
            var charts = ReportChartIds.Optional.Where(c => (Charts ?? []).Contains(c, StringComparer.OrdinalIgnoreCase));
            return formats.Concat(charts.SelectMany(c => ReportFormats.Images.Where(formats.Contains).Select(f => ReportFormats.ChartFile(c, f)))).ToArray();
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Parses the report definitions stored with a client; names the client and the problem on failure.</summary>
    public static IReadOnlyList<ReportDefinition> ParseAll(string clientId, string json)
    {
        List<ReportDefinition>? definitions;
        try
        {
            definitions = JsonSerializer.Deserialize<List<ReportDefinition>>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Client '{clientId}': report definitions are not valid JSON: {ex.Message}", ex);
        }

        foreach (var definition in definitions ?? [])
        {
            if (string.IsNullOrWhiteSpace(definition.Id) || string.IsNullOrWhiteSpace(definition.Cron))
            {
                throw new InvalidDataException($"Client '{clientId}': every report needs an \"id\" and a \"cron\".");
            }

            var unknown = (definition.Formats ?? []).Where(f => !ReportFormats.All.Contains(f, StringComparer.OrdinalIgnoreCase)).ToArray();
            if (unknown.Length > 0)
            {
                throw new InvalidDataException(
                    $"Client '{clientId}', report '{definition.Id}': unknown format(s) {string.Join(", ", unknown)}; use {string.Join(", ", ReportFormats.All)}.");
            }

            var unknownCharts = (definition.Charts ?? []).Where(c => !ReportChartIds.Optional.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
            if (unknownCharts.Length > 0)
            {
                throw new InvalidDataException(
                    $"Client '{clientId}', report '{definition.Id}': unknown chart(s) {string.Join(", ", unknownCharts)}; use {string.Join(", ", ReportChartIds.Optional)}.");
            }

            if (definition.Charts is { Count: > 0 } && !definition.EffectiveFormats.Intersect(ReportFormats.Images).Any())
            {
                throw new InvalidDataException(
                    $"Client '{clientId}', report '{definition.Id}': \"charts\" are written as png or svg files; add \"png\" or \"svg\" to \"formats\".");
            }

            if (definition.Buckets is < 1 or > 520)
            {
                throw new InvalidDataException($"Client '{clientId}', report '{definition.Id}': lookback {definition.Lookback} is outside 1..520 buckets.");
            }
        }

        return definitions ?? [];
    }

    public static string Serialize(IReadOnlyList<ReportDefinition> definitions) => JsonSerializer.Serialize(definitions, Json);
}
