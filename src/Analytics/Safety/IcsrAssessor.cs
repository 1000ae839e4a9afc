using System.Text.RegularExpressions;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Safety;

/// <summary>
/// Finds the posts the safety queue takes (a watched product in an adverse-event pair) and assesses the four ICSR
/// minimum criteria from the scrubbed text. ICH E2D counts any one of initials, age, sex or similar as an identifiable
/// patient, and a health professional the company could contact as an identifiable reporter: every Sermo author is a
/// verified physician Sermo can reach, so the reporter criterion turns on whether the post reports first-hand.
/// </summary>
public static partial class IcsrAssessor
{
    /// <summary>The queue's case for <paramref name="post"/>, or null when no adverse-event pair names a watched product.</summary>
    public static SafetyCase? Assess(TaggedPost post, SafetyProducts products)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(products);
        var pair = post.AdverseEvents.FirstOrDefault(p => products.Contains(p.Drug));
        if (pair is null)
        {
            return null;
        }

        var criteria = new IcsrAssessment(
            Patient(post.Text),
            Reporter(post),
            new CriterionFinding(true, $"suspect product named: \"{pair.Drug.Surface}\""),
            new CriterionFinding(true, $"adverse event named with it: \"{pair.Event.Surface}\" ({pair.Event.CanonicalName})"));
        return new SafetyCase(post.PostId, post.CreatedAt, post.Specialty, post.Text, pair.Drug.Surface, pair.Drug.CanonicalId, pair.Event.Surface, criteria);
    }

    /// <summary>A particular patient: an age, a sex, a scrubbed name, or "my patient"; "patients on X" in general is not one.</summary>
    internal static CriterionFinding Patient(string text)
    {
        var found = PatientCue().Matches(text).Select(m => m.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();
        return found.Count > 0
            ? new CriterionFinding(true, "patient described: " + string.Join(", ", found.Select(f => $"\"{f}\"")))
            : new CriterionFinding(false, "no age, sex or particular patient in the text");
    }

    /// <summary>A verified physician reporting first-hand ("I started", "we saw", "my patient"), not hearsay.</summary>
    internal static CriterionFinding Reporter(TaggedPost post)
    {
        var who = $"verified physician member{(post.Specialty is { } s ? $" ({s})" : "")}, reachable through Sermo";
        var firstHand = FirstHandCue().Match(post.Text);
        return firstHand.Success
            ? new CriterionFinding(true, $"{who}; first-hand: \"{firstHand.Value.Trim()}\"")
            : new CriterionFinding(false, $"{who}; no first-hand account (second-hand or general remark)");
    }

    [GeneratedRegex(
        @"\b(?:\d{1,2}\s?(?:yo|y/o|y\.o\.|-?year-old|-?yr-old|years? old|yr old)|\d{1,2}\s?[MF]\b|in (?:his|her) \d0s|(?:my|this|our|a) (?:patient|pt)\b|(?:elderly |older |young )?(?:man|woman|gentleman|lady|male|female|boy|girl)\b|\b(?:he|she|him|his|her)\b)|\[NAME\]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PatientCue();

    [GeneratedRegex(
        @"\b(?:I|we)(?:'ve| have| had)? (?:just )?(?:saw|seen|see|had|started|switched|prescribed|treated|admitted|noticed|put|gave|stopped|held|discontinued|restarted|managed|got)\b|\bmy (?:[\w-]+ ){0,2}(?:patient|pt)\b|^(?:started|switched|saw|admitted|treated)\b|\bin my (?:clinic|practice|unit|service)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstHandCue();
}
