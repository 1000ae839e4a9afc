namespace Sermo.Portal.Alerts;

/// <summary>What a client can subscribe to on one of its terms, each read off the released daily heat map.</summary>
public static class AlertKinds
{
    /// <summary>The day's spike score (robust z against the term's own shown trailing days) reaches the threshold.</summary>
    public const string Spike = "spike";

    /// <summary>The day's net sentiment moved at least the threshold (0..2) from the mean of the term's earlier shown days.</summary>
    public const string SentimentSwing = "sentiment-swing";

    /// <summary>The day's released adverse-event mentions of the term reach the threshold.</summary>
    public const string AdverseEvents = "adverse-events";

    public static IReadOnlyList<string> All { get; } = [Spike, SentimentSwing, AdverseEvents];

    /// <summary>Null when <paramref name="threshold"/> fits <paramref name="kind"/>, else why not.</summary>
    public static string? Problem(string kind, double threshold) => kind switch
    {
        Spike when threshold is < 1 or > 100 => "a spike threshold is a z-score from 1 to 100",
        SentimentSwing when threshold is <= 0 or > 2 => "a sentiment swing is more than 0 and at most 2 (net sentiment runs from -1 to 1)",
        AdverseEvents when threshold is < 1 or > 1_000_000 || threshold != Math.Floor(threshold) => "an adverse-event threshold is a whole count of at least 1",
        Spike or SentimentSwing or AdverseEvents => null,
        _ => $"the kind is one of {string.Join(", ", All)}",
    };
}
