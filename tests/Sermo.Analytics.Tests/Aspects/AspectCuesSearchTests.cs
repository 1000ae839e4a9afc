using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Aspects;

/// <summary>
/// The cue counts come from a pre-filtered span search (round 13, issue 19); the aspect model was trained on counts
/// from searching every cue in the lower-cased string, so the two must agree on any window, including repeats,
/// overlaps, matches inside words, marks and mixed case.
/// </summary>
public sealed class AspectCuesSearchTests
{
    private static readonly string[] Fillers =
    [
        " ", " ", ". ", ", ", "? ", "$", "x", "-", "\n", "the ", "PATIENT ", "Peer ", "to ", "step ", "out of ", "once a ",
        "pa", "ae", "non", "un", "İ", "ß", "targetdrug ", "otherdrug ",
    ];

    private static readonly TaggedEntity Mention = new(EntityType.Brand, "targetdrug", 0, 0, "x", "x");

    [Fact]
    public void From_RandomWindowsOfCueWords_CountsMatchSearchingEveryCue()
    {
        var random = new Random(19);
        var words = AspectCues.CueWords.SelectMany(c => c).Concat(Fillers).ToArray();
        for (var n = 0; n < 5_000; n++)
        {
            var window = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Cased(words[random.Next(words.Length)], random)));
            var features = AspectCues.From(window, [Mention], 0, 0, 0);
            var expected = ReferenceCounts(window);
            for (var a = 0; a < expected.Length; a++)
            {
                features[a].Should().Be(MathF.Log(1 + expected[a]), $"aspect {a} of \"{window}\"");
            }
        }
    }

    [Theory]
    [InlineData("peer to peer to peer", "peer to peer", 1)]
    [InlineData("xpeer to peer to peer", "peer to peer", 0)]
    [InlineData("$$ $5", "$", 3)]
    [InlineData("prework work rework work", "work", 2)]
    [InlineData("pa pa.pa ", "pa ", 2)]
    public void Occurrences_OverlapsAndWordStarts_CountedAsThePlainSearch(string text, string cue, int count)
    {
        AspectCues.Occurrences(text, cue).Should().Be(count);
        PlainOccurrences(text, cue).Should().Be(count);
    }

    private static string Cased(string word, Random random) => random.Next(3) switch
    {
        0 => word.ToUpperInvariant(),
        1 => word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word,
        _ => word,
    };

    // The counting as it was before the pre-filter: every cue searched in the lower-cased string.
    private static int[] ReferenceCounts(string window)
    {
        var lower = window.ToLowerInvariant();
        return [.. AspectCues.CueWords.Select(cues => cues.Sum(cue => PlainOccurrences(lower, cue)))];
    }

    private static int PlainOccurrences(string text, string cue)
    {
        var count = 0;
        var at = text.IndexOf(cue, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(cue[0]))
            {
                count++;
            }

            at = text.IndexOf(cue, at + cue.Length, StringComparison.Ordinal);
        }

        return count;
    }
}
