using Sermo.Analytics.Aspects;

namespace Sermo.Analytics.Disclosure;

/// <summary>The metric names in noise keys: each base count a client can see has its own draw (rule P3).</summary>
public static class ReleaseMetrics
{
    public const string Mentions = "mentions";
    public const string Authors = "authors";
    public const string Positive = "positive";
    public const string Negative = "negative";
    public const string AdverseEvents = "adverse-events";
    public const string ActiveMembers = "active-members";

    /// <summary>An aspect's sub-count of a cell: "aspect:access:mentions", "aspect:access:negative" …</summary>
    public static string Aspect(Aspect aspect, string metric) => $"aspect:{aspect.Name()}:{metric}";

    /// <summary>A cue's distinct authors among an aspect's mentions of one polarity: "aspect:access:negative:cue:shortage:authors".</summary>
    public static string AspectCue(Aspect aspect, Tagging.Sentiment polarity, string cue) => $"aspect:{aspect.Name()}:{polarity.Name()}:cue:{cue}:{Authors}";
}
