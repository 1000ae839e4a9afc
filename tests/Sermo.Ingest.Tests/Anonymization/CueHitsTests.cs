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

    // Decision 390: more cues than one small search holds, some sharing openings, found in any case.
    private static readonly string[] ManyCues =
        ["sample", "rig", "cab", "van", "ita", "cis", "sid", "hull", "truck", "tail", "user", "login", "server", "contract", "crew no", "img_", "dscn", "notebook"];

    [Fact]
    public void SmallCueSearchHits_ManyCuesInAnyCase_SameHitsAsOneSearch()
    {
        const string text = "Hospital decision: the VAN and the Cab, a truck-tail, IMG_0201, consider the server; login rig Rigs notebook crew no. 4 user";
        var one = new CueHits(text, SearchValues.Create(ManyCues, StringComparison.OrdinalIgnoreCase));
        var small = new SmallCueSearchHits(text, new SmallCueSearches(ManyCues, StringComparison.OrdinalIgnoreCase));
        var (fromOne, fromSmall) = (new List<int>(), new List<int>());
        while (one.Next(out var at))
        {
            fromOne.Add(at);
            one.From = at + (at % 3 == 0 ? 4 : 1); // moved past some hits as a rule does past what it read
        }

        while (small.Next(out var at))
        {
            fromSmall.Add(at);
            small.From = at + (at % 3 == 0 ? 4 : 1);
        }

        fromOne.Should().HaveCountGreaterThan(10);
        fromSmall.Should().Equal(fromOne);
    }

    [Fact]
    public void SmallCueSearches_EighteenCues_ThreeSearchesOfSix()
    {
        new SmallCueSearches(ManyCues, StringComparison.OrdinalIgnoreCase).Searches.Should().HaveCount(3);
    }
}
