using System.Text.Json;
using Sermo.Analytics.HeatMaps;
using Sermo.Portal.Clients;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Alerts;

/// <summary>Why an alert fired: the rule's kind and threshold and the released value that reached it.</summary>
public sealed record AlertReason(string Kind, double Threshold, double Value);

/// <summary>The body of an alert, as webhooks and e-mails carry it: numbers of one shown cell of the released daily heat map only.</summary>
public sealed record AlertMessage(
    string Client, string Term, DateOnly Day, IReadOnlyList<AlertReason> Reasons,
    int Mentions, int DistinctAuthors, double? NetSentiment, double? SpikeScore, int? AdverseEvents, int K);

/// <summary>
/// Evaluates every client's alert rules after a rollup, on the client's released daily heat map (the one its portal
/// page and reports show: client noise keys, k on released values). Only the newest day the map releases (the last
/// settled day, P13) is judged, and only when its
/// cell of the term is shown: a suppressed cell fires nothing, so an alert says no more than the heat map does. Rules
/// that fire on one term the same day make one alert, recorded at most once per client, term and day.
/// </summary>
public sealed class AlertEvaluator(AlertSubscriptions subscriptions, AlertLog log, ClientHeatMapReader heatMaps)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>The deliveries to send, one per channel of each new alert.</returns>
    public async Task<IReadOnlyList<long>> EvaluateAsync(CancellationToken cancellationToken)
    {
        var deliveries = new List<long>();
        foreach (var client in (await subscriptions.ListRulesAsync(null, cancellationToken)).GroupBy(r => r.ClientId, StringComparer.Ordinal))
        {
            if ((await heatMaps.ReadAsync(client.Key, BucketInterval.Day, cancellationToken))?.Map is not { } map)
            {
                continue;
            }

            var targets = await subscriptions.GetTargetsAsync(client.Key, cancellationToken);
            string[] channels = [.. new[] { targets.WebhookUrl is null ? null : AlertLog.Webhook, targets.Email is null ? null : AlertLog.Email }.OfType<string>()];
            foreach (var term in client.GroupBy(r => r.Term, StringComparer.Ordinal))
            {
                if (Fire(map, term.Key, [.. term]) is { } message
                    && await log.RecordAsync(client.Key, term.Key, message.Day, JsonSerializer.Serialize(message, Json), channels, cancellationToken) is { } created)
                {
                    deliveries.AddRange(created);
                }
            }
        }

        return deliveries;
    }

    /// <summary>The alert of <paramref name="term"/> on the map's newest day, or null when no rule fires (or its cell is not shown).</summary>
    public static AlertMessage? Fire(HeatMap map, string term, IReadOnlyList<AlertRule> rules)
    {
        var row = map.Terms.ToList().IndexOf(term);
        if (row < 0 || map.Buckets.Count == 0)
        {
            return null;
        }

        var cells = map.Row(row).ToList();
        var today = cells[^1];
        if (today.Suppressed)
        {
            return null;
        }

        var earlier = cells.Take(cells.Count - 1).Where(c => !c.Suppressed && c.NetSentiment is not null).Select(c => c.NetSentiment!.Value).ToList();
        var reasons = rules.Select(rule => Reason(rule, today, earlier)).OfType<AlertReason>().ToList();
        return reasons.Count == 0 ? null
            : new AlertMessage(map.ClientId, term, today.Bucket, reasons, today.Mentions!.Value, today.DistinctAuthors!.Value, today.NetSentiment, today.SpikeScore, today.AdverseEvents, map.K);
    }

    private static AlertReason? Reason(AlertRule rule, HeatMapCell today, IReadOnlyList<double> earlierSentiment)
    {
        double? value = rule.Kind switch
        {
            AlertKinds.Spike => today.SpikeScore,
            AlertKinds.AdverseEvents => today.AdverseEvents,
            AlertKinds.SentimentSwing when today.NetSentiment is { } now && earlierSentiment.Count > 0 => now - earlierSentiment.Average(),
            _ => null,
        };
        var reached = rule.Kind == AlertKinds.SentimentSwing ? Math.Abs(value ?? 0) >= rule.Threshold : value >= rule.Threshold;
        return value is { } v && reached ? new AlertReason(rule.Kind, rule.Threshold, Math.Round(v, 3)) : null;
    }
}
