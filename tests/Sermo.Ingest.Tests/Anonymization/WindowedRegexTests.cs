using System.Text.RegularExpressions;
using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// A short window is searched by the interpreted backtracking twin, a long one by the NonBacktracking pattern (decision 147):
/// the same match must come out of both, groups included.
/// </summary>
public class WindowedRegexTests
{
    private static readonly LinearRegex Phone = RegexScan.Create(@"\bcall (?<id>\d{3}-\d{4})\b|\b\d{3}-\d{3}-\d{4}\b", RegexScan.LinearIgnoreCase);

    [Theory]
    [InlineData(0)]
    [InlineData(400)]
    public void MatchesNear_ShortAndLongWindow_SameMatchAndGroup(int wordsAround)
    {
        // Without padding the two anchors make one short window; with every padding word an anchor too, the windows merge
        // into one of about 4,000 characters, past the twin's 256.
        var padding = string.Concat(Enumerable.Repeat("word ", wordsAround));
        var text = padding + "please Call 555-0199 or 212-555-0147 today " + padding;
        var anchors = AnchorsAt(text, "555-0199", "212-555-0147").Concat(AnchorsAt(text, "word")).OrderBy(a => a.Start).ToList();

        var matches = WindowedRegex.MatchesNear(Phone, text, anchors, 16, 16, minDigits: 7).ToList();

        matches.Select(m => m.Value).Should().Equal("Call 555-0199", "212-555-0147");
        matches[0].Groups["id"].Value.Should().Be("555-0199");
    }

    [Fact]
    public void LinearRegex_TwinAndLinear_FindTheSameBoundsOnAMixedText()
    {
        var text = "CALL 555-0199, call 555-01999, 212-555-0147 x call 123-4567 1-212-555-0147";

        var linear = Bounds(Phone.Linear.EnumerateMatches(text));
        var twin = Bounds(Phone.Backtracking.EnumerateMatches(text));

        twin.Should().Equal(linear);
        linear.Should().HaveCount(4);
        (Phone.Linear.Options & RegexOptions.NonBacktracking).Should().Be(RegexOptions.NonBacktracking);
        (Phone.Backtracking.Options & RegexOptions.NonBacktracking).Should().Be(RegexOptions.None);
    }

    private static IEnumerable<(int Start, int End)> AnchorsAt(string text, params string[] values)
    {
        foreach (var value in values)
        {
            for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            {
                yield return (at, at + value.Length);
            }
        }
    }

    private static List<(int Index, int Length)> Bounds(Regex.ValueMatchEnumerator matches)
    {
        var bounds = new List<(int Index, int Length)>();
        foreach (var match in matches)
        {
            bounds.Add((match.Index, match.Length));
        }

        return bounds;
    }
}
