using System.Text.Json;
using System.Text.Json.Serialization;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Reports.Charts;
using Sermo.Reports.Rendering;
using Sermo.Storage.Cube;

namespace Sermo.Reports.Schedules;

/// <summary>One scheduled report of a client: when it runs (Hangfire cron in a time zone) and what it covers.</summary>
/// <param name="Cron">Hangfire syntax (5 fields, or 6 with seconds first); <see cref="ParseAll"/> converts a Quartz expression.</param>
/// <param name="Formats">Any of csv, xlsx, html, pdf, png, svg; absent or empty means all of them.</param>
/// <param name="Lookback">
/// How many buckets, ending with the one containing the run date, the report covers; when absent,
/// 56 days, 52 weeks or 18 months.
/// </param>
/// <param name="Segment"><c>specialty</c> or <c>state</c>: a row per term and segment value instead of one per term.</param>
/// <param name="SegmentValues">The specialties or state codes to show, in this order; absent: every value with a shown cell.</param>
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
    SegmentBy Segment = SegmentBy.None,
    IReadOnlyList<string>? SegmentValues = null,
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

    /// <summary>When the report runs: its cron in its time zone.</summary>
    public CronSchedule Schedule() => CronSchedule.Parse(Cron, TimeZone);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Parses the report definitions stored with a client, each cron in Hangfire's syntax (a Quartz expression is
    /// converted); names the client, the report, the field and the problem on failure.
    /// </summary>
    public static IReadOnlyList<ReportDefinition> ParseAll(string clientId, string json) => ParseAll(clientId, json, out _);

    /// <summary>
    /// The report ids a client's definitions name, read even when <see cref="ParseAll(string, string)"/> refuses them (one
    /// definition broken): what a log line quoting the refusal must replace (decision 115). Empty when not JSON at all.
    /// </summary>
    public static IReadOnlyList<string> IdsIn(string json)
    {
        try
        {
            return (JsonSerializer.Deserialize<List<ReportDefinition>>(json, Json) ?? []).Select(d => d.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        }
        catch (JsonException)
        {
            return []; // its refusal quotes the parser, which names no id
        }
    }

    /// <param name="conversions">One line per Quartz cron that was converted, saying from what to what.</param>
    public static IReadOnlyList<ReportDefinition> ParseAll(string clientId, string json, out IReadOnlyList<string> conversions)
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

        var parsed = new List<ReportDefinition>();
        var converted = new List<string>();
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

            ValidateSegment(clientId, definition);
            parsed.Add(WithHangfireCron(clientId, definition, converted));
        }

        conversions = converted;
        return parsed;
    }

    private static ReportDefinition WithHangfireCron(string clientId, ReportDefinition definition, List<string> conversions)
    {
        try
        {
            var cron = CronText.ToHangfire(definition.Cron, out var wasQuartz);
            CronSchedule.FindZone(definition.TimeZone);
            if (wasQuartz)
            {
                conversions.Add($"report '{definition.Id}': Quartz cron '{definition.Cron}' read as Hangfire cron '{cron}'");
            }

            return definition with { Cron = cron };
        }
        catch (CronSyntaxException ex)
        {
            var field = ex.Part == "timeZone" ? "\"timeZone\"" : ex.Part == "cron" ? "\"cron\"" : $"\"cron\" ({ex.Part})";
            throw new InvalidDataException($"Client '{clientId}', report '{definition.Id}', field {field}: {ex.Message}.", ex);
        }
    }

    public static string Serialize(IReadOnlyList<ReportDefinition> definitions) => JsonSerializer.Serialize(definitions, Json);

    private static void ValidateSegment(string clientId, ReportDefinition definition)
    {
        if (definition.SegmentValues is not { Count: > 0 } values)
        {
            return;
        }

        Func<string, string?> listed = definition.Segment switch
        {
            SegmentBy.Specialty => MemberSegments.Specialty,
            SegmentBy.State => MemberSegments.State,
            _ => throw new InvalidDataException($"Client '{clientId}', report '{definition.Id}': \"segmentValues\" needs \"segment\": \"specialty\" or \"state\"."),
        };
        var unknown = values.Where(v => listed(v) != v).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidDataException(
                $"Client '{clientId}', report '{definition.Id}': {string.Join(", ", unknown)} is not a listed {definition.Segment.ToString().ToLowerInvariant()} (spelled as in MemberSegments).");
        }
    }
}
