using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// The rules alone (no learned detector) and the gold sets' way of scoring a find: every letter and digit of the identifier
/// lies inside a removed span ("last4 7716" removing "4 7716" finds "7716"). Shared by the rule tests that check a find.
/// </summary>
internal static class RulesOnlyCoverage
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    public static void ShouldFind(string input, string identifier) => ShouldFind(RulesOnly, input, identifier);

    /// <summary>The same check with another scrubber (decision 341: the shipped model, which makes the name a rule cuts back).</summary>
    public static void ShouldFind(PhiScrubber scrubber, string input, string identifier)
    {
        var result = scrubber.Scrub(input);
        var start = input.IndexOf(identifier, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, because: $"the test names \"{identifier}\" from its own sentence");
        var uncovered = Enumerable.Range(start, identifier.Length)
            .Where(at => char.IsLetterOrDigit(input[at]) && !result.Spans.Any(span => span.Start <= at && at < span.End));
        uncovered.Should().BeEmpty(because: $"\"{identifier}\" in \"{input}\" finds one person; the rules scrubbed: \"{result.Text}\"");
    }
}
