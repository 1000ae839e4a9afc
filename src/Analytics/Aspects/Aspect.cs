using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Aspects;

/// <summary>What a physician's remark about a drug is about.</summary>
public enum Aspect
{
    /// <summary>Whether it works: response, control, outcomes.</summary>
    Efficacy = 1,

    /// <summary>Safety and tolerability: side effects, adverse events, monitoring.</summary>
    Safety,

    /// <summary>Getting it: prior authorization, formulary, step therapy, shortages.</summary>
    Access,

    /// <summary>Price, copays, coupons, patients' out-of-pocket cost.</summary>
    Cost,

    /// <summary>Dosing and convenience: schedule, titration, route, pill burden.</summary>
    Dosing,
}

/// <summary>A drug mention's aspect and the writer's polarity on it (model-predicted; see <see cref="AspectModel"/>).</summary>
public sealed record MentionAspect(Aspect Name, Sentiment Polarity);

public static class AspectNames
{
    public static string Name(this Aspect aspect) => aspect.ToString().ToLowerInvariant();

    public static bool TryParse(string? value, out Aspect aspect)
    {
        foreach (var candidate in Enum.GetValues<Aspect>())
        {
            if (string.Equals(candidate.Name(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                aspect = candidate;
                return true;
            }
        }

        // The data team's files may say "safety/tolerability", "dosing/convenience" or "tolerability".
        var lower = value?.Trim().ToLowerInvariant();
        (aspect, var known) = lower switch
        {
            "safety/tolerability" or "tolerability" => (Aspect.Safety, true),
            "dosing/convenience" or "convenience" => (Aspect.Dosing, true),
            _ => (default(Aspect), false),
        };
        return known;
    }

    public static string Name(this Sentiment polarity) => polarity.ToString().ToLowerInvariant();

    public static bool TryParsePolarity(string? value, out Sentiment polarity)
    {
        (polarity, var known) = value?.Trim().ToLowerInvariant() switch
        {
            "positive" or "pos" => (Sentiment.Positive, true),
            "negative" or "neg" => (Sentiment.Negative, true),
            "neutral" or "neu" => (Sentiment.Neutral, true),
            _ => (Sentiment.Neutral, false),
        };
        return known;
    }
}
