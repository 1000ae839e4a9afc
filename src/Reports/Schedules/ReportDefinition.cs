using System.Text.Json;
using System.Text.Json.Serialization;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Schedules;

/// <summary>One scheduled report of a client: when it runs (Hangfire cron in a time zone) and what it covers.</summary>
/// <param name="Cron">Hangfire syntax (5 fields, or 6 with seconds first); <see cref="ParseAll"/> converts a Quartz expression.</param>
/// <param name="Formats">Any of csv, xlsx, html, pdf, png, svg; absent or empty means all of them.</param>
/// <param name="Lookback">
/// How many buckets, ending with the one containing the run date, the report covers; when absent,
/// 56 days, 52 weeks or 18 months.
/// </param>
public sealed record ReportDefinition(
    string Id,
    string Cron,
    string TimeZone,
    BucketInterval Interval,
    IReadOnlyList<string>? Formats,
    int? Lookback = null)
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

            if (definition.Buckets is < 1 or > 520)
            {
                throw new InvalidDataException($"Client '{clientId}', report '{definition.Id}': lookback {definition.Lookback} is outside 1..520 buckets.");
            }

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
}
