using System.Text.Json;
using System.Text.Json.Serialization;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Reports.Rendering;
using Sermo.Storage.Cube;

namespace Sermo.Reports.Schedules;

/// <summary>One scheduled report of a client: when it runs (Quartz cron in a time zone) and what it covers.</summary>
/// <param name="Formats">Any of csv, xlsx, html, pdf, png, svg; absent or empty means all of them.</param>
/// <param name="Lookback">
/// How many buckets, ending with the one containing the run date, the report covers; when absent,
/// 56 days, 52 weeks or 18 months.
/// </param>
/// <param name="Segment"><c>specialty</c> or <c>state</c>: a row per term and segment value instead of one per term.</param>
/// <param name="SegmentValues">The specialties or state codes to show, in this order; absent: every value with a shown cell.</param>
public sealed record ReportDefinition(
    string Id,
    string Cron,
    string TimeZone,
    BucketInterval Interval,
    IReadOnlyList<string>? Formats,
    int? Lookback = null,
    SegmentBy Segment = SegmentBy.None,
    IReadOnlyList<string>? SegmentValues = null)
{
    public int Buckets => Lookback ?? Interval switch
    {
        BucketInterval.Day => 56,
        BucketInterval.Week => 52,
        _ => 18,
    };

    /// <summary>The formats a run writes, lower-case, in <see cref="ReportFormats.All"/> order.</summary>
    public IReadOnlyList<string> EffectiveFormats => Formats is null || Formats.Count == 0
        ? ReportFormats.All
        : ReportFormats.All.Where(f => Formats.Contains(f, StringComparer.OrdinalIgnoreCase)).ToArray();

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

            if (definition.Buckets is < 1 or > 520)
            {
                throw new InvalidDataException($"Client '{clientId}', report '{definition.Id}': lookback {definition.Lookback} is outside 1..520 buckets.");
            }

            ValidateSegment(clientId, definition);
        }

        return definitions ?? [];
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
