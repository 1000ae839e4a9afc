using System.Buffers;
using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

public sealed class CueHitsTests
{
    private static readonly SearchValues<string> Cues = SearchValues.Create(["bed ", "room "], StringComparison.Ordinal);

    [Fact]
    public void Next_TwoCuesInText_FoundLeftToRight()
    {
        var hits = new CueHits("room 4, then bed 2", Cues);
        var starts = new List<int>();
        while (hits.Next(out var at))
        {
            starts.Add(at);
            hits.From = at + 1;
        }

        Assert.Equal([0, 13], starts);
    }

    [Fact]
    public void Next_FromMovedPastTheSecondCue_FindsNoMore()
    {
        var hits = new CueHits("bed 1 bed 2 bed 3", Cues);
        Assert.True(hits.Next(out var first));
        hits.From = 11;

        Assert.True(hits.Next(out var third));
        hits.From = third + 1;

        Assert.Equal((0, 12), (first, third));
        Assert.False(hits.Next(out _));
    }

    [Fact]
    public void Next_FromAtTheTextsEnd_FalseWithoutSearching()
    {
        var hits = new CueHits("bed ", Cues) { From = 4 };

        Assert.False(hits.Next(out var at));
        Assert.Equal(-1, at);
    }
}
