using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Tagging;

namespace Sermo.Reports.Rendering;

/// <summary>
/// Why a term's net sentiment moved: the aspect whose released net sentiment in the swing's bucket moved furthest
/// the same way, against the median of the same baseline cells where that aspect was shown, with its released counts.
/// Read from shown cells only: an aspect under k in the swing's bucket, or never shown in the baseline, is not a
/// candidate. <see cref="Cue"/> names what the aspect's mentions of the swing's side were about ("prior-auth denials"):
/// the cell's cue of that aspect and polarity with the most released distinct authors, if any reached k (decision 048).
/// </summary>
public sealed record AspectShift(Aspect Aspect, double Latest, double Baseline, int Mentions, int Positive, int Negative, string? Cue = null)
{
    public double Change => Latest - Baseline;

    /// <summary>What each aspect covers, for a reader who has not seen the model's labels.</summary>
    public static string Covers(Aspect aspect) => aspect switch
    {
        Aspect.Efficacy => "response, control, outcomes",
        Aspect.Safety => "side effects, adverse events, monitoring",
        Aspect.Access => "prior authorization, formulary, step therapy, shortages",
        Aspect.Cost => "price, copays, coupons, out-of-pocket cost",
        Aspect.Dosing => "schedule, titration, route, pill burden",
        _ => "",
    };

    /// <summary>The largest same-direction aspect change of <paramref name="latest"/> against <paramref name="baseline"/>; null when none.</summary>
    public static AspectShift? Largest(HeatMapCell latest, IReadOnlyList<HeatMapCell> baseline, double termChange)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(baseline);
        var shifts = new List<AspectShift>();
        foreach (var now in latest.Aspects ?? [])
        {
            var before = baseline.Select(c => c.ForAspect(now.Aspect)).OfType<AspectSentiment>().Select(a => a.NetSentiment).ToArray();
            if (before.Length > 0)
            {
                var side = Math.Sign(termChange) < 0 ? Sentiment.Negative : Sentiment.Positive;
                var cue = (latest.Cues ?? [])
                    .Where(c => c.Aspect == now.Aspect && c.Polarity == side)
                    .OrderByDescending(c => c.Authors)
                    .ThenBy(c => c.Cue, StringComparer.Ordinal)
                    .FirstOrDefault()?.Cue;
                shifts.Add(new AspectShift(now.Aspect, now.NetSentiment, Median(before), now.Mentions, now.Positive, now.Negative, cue));
            }
        }

        return shifts
            .Where(s => s.Change != 0 && Math.Sign(s.Change) == Math.Sign(termChange))
            .OrderByDescending(s => Math.Abs(s.Change))
            .ThenByDescending(s => s.Mentions)
            .ThenBy(s => s.Aspect)
            .FirstOrDefault();
    }

    internal static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
