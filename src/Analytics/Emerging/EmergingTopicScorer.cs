namespace Sermo.Analytics.Emerging;

/// <summary>
/// Significant terms, foreground against background (decision 029): for one ISO week and segment, each candidate's
/// distinct authors are tested against its own trailing baseline with a one-sided binomial test. Under the null the
/// week's authors are Binomial(active authors of the week, p0), p0 being the share of active author-weeks of the
/// baseline that mentioned the term (Jeffreys-smoothed, so a term never seen before has a small, non-zero rate). A
/// candidate is kept when it has at least <see cref="EmergingTopicSettings.MinAuthors"/> authors, rose by at least
/// <see cref="EmergingTopicSettings.MinLift"/>, and its p-value survives a Bonferroni correction over every candidate
/// tested. Overlapping n-grams of one topic ("lipase", "lipase elevation") keep only the most significant one, the
/// longer on a tie (the same authors said the more specific thing).
/// </summary>
public static class EmergingTopicScorer
{
    public static IReadOnlyList<EmergingTopic> Rank(EmergingTermCounts counts, DateOnly week, string? specialty, EmergingTopicSettings settings)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(settings);
        var active = counts.ActiveAuthors(week, specialty);
        var baselineWeeks = Enumerable.Range(1, settings.BaselineWeeks).Select(i => week.AddDays(-7 * i)).ToArray();
        var baselineActive = baselineWeeks.Sum(w => counts.ActiveAuthors(w, specialty));
        if (active == 0 || baselineActive == 0)
        {
            return [];
        }

        var candidates = counts.Terms(week, specialty).ToList();
        var threshold = settings.Alpha / Math.Max(1, candidates.Count);
        var significant = new List<EmergingTopic>();
        foreach (var term in candidates)
        {
            var authors = counts.Authors(week, specialty, term.Key);
            if (authors < settings.MinAuthors)
            {
                continue;
            }

            var baselineAuthors = baselineWeeks.Sum(w => counts.Authors(w, specialty, term.Key));
            var rate = (baselineAuthors + 0.5) / (baselineActive + 1.0);
            var topic = new EmergingTopic(term, week, specialty, authors, active, baselineAuthors, rate, 1);
            if (topic.Lift < settings.MinLift)
            {
                continue;
            }

            var p = BinomialTail.AtLeast(authors, active, rate);
            if (p <= threshold)
            {
                significant.Add(topic with { PValue = p });
            }
        }

        return Collapse(significant.OrderBy(t => t.PValue).ThenByDescending(t => t.Term.Key.Count(c => c == ' ')).ThenByDescending(t => t.Lift).ThenBy(t => t.Term.Key, StringComparer.Ordinal));
    }

    /// <summary>Keeps a topic unless a more significant kept one contains it as whole words, or is contained in it.</summary>
    private static List<EmergingTopic> Collapse(IEnumerable<EmergingTopic> ranked)
    {
        var kept = new List<EmergingTopic>();
        foreach (var topic in ranked)
        {
            var words = $" {topic.Term.Key} ";
            if (!kept.Any(k => $" {k.Term.Key} ".Contains(words, StringComparison.Ordinal) || words.Contains($" {k.Term.Key} ", StringComparison.Ordinal)))
            {
                kept.Add(topic);
            }
        }

        return kept;
    }
}
