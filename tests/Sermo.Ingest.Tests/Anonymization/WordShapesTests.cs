using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// The shape test in front of the detectors' short cue lists (decision 084) may only skip a lookup that would have said no:
/// whenever an ordinal ignore-case set of the same words holds a probe, the test must let it through, or the output changes.
/// </summary>
public class WordShapesTests
{
    private static readonly string[] Cues = ["CNA", "scribe", "bed", "rm", "MA", "positive", "fundoplication"];

    [Fact]
    public void MayHold_ListedWordsInAnyCaseAndNonAsciiLookalikes_TrueWheneverTheSetHoldsThem()
    {
        var shapes = new WordShapes(Cues);
        var reference = new HashSet<string>(Cues, StringComparer.OrdinalIgnoreCase);
        var probes = Cues.SelectMany(word => new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            .Concat(["ſcribe", "ma\u0131", "pos\u0131t\u0131ve", "Bed\u0131", "\u0130", "bEd", "RM", "Rm"])
            .ToList();

        var skippedButHeld = probes.Where(probe => reference.Contains(probe) && !shapes.MayHold(probe)).ToList();

        skippedButHeld.Should().BeEmpty();
    }

    [Fact]
    public void MayHold_WordsOfNoListedShape_False()
    {
        var shapes = new WordShapes(Cues);

        var letThrough = new[] { "the", "patient", "beds", "Xarelto", "a", "", "scribes", "fundoplications", "bat" }.Where(word => shapes.MayHold(word)).ToList();

        letThrough.Should().BeEmpty();
    }

    [Fact]
    public void MayHold_NonAsciiFirstOrLastLetter_True()
    {
        var shapes = new WordShapes(Cues);

        new[] { "\u017Fcribe", "be\u0111", "\u00E9d" }.Should().OnlyContain(word => shapes.MayHold(word));
    }
}
