using System.Globalization;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Tests.Sources;

public sealed class SeenIdsTests
{
    [Fact]
    public void Add_SameIdTwice_SecondRefused()
    {
        var seen = new SeenIds();

        seen.Add("post-1").Should().BeTrue();
        seen.Add("post-2").Should().BeTrue();
        seen.Add("post-1").Should().BeFalse();
        seen.Count.Should().Be(2);
    }

    [Fact]
    public void Add_IdsDifferingOnlyInCaseOrALoneSurrogate_AllKept()
    {
        // The digest covers the id's UTF-16 code units as they are: no case folding, and no UTF-8 step that would
        // turn every lone surrogate (a JSON escape can make one) into the same replacement character.
        var seen = new SeenIds();
        var added = new[] { "Post-1", "post-1", "a\uD800", "a\uD801", "a\uFFFD" }.Select(seen.Add).ToList();

        added.Should().AllBeEquivalentTo(true);
        seen.Count.Should().Be(5);
    }

    [Fact]
    public void Add_HundredThousandDistinctIds_NoneRefusedAndEachRepeatRefused()
    {
        var seen = new SeenIds();
        var ids = Enumerable.Range(0, 100_000).Select(i => "b" + i.ToString("D7", CultureInfo.InvariantCulture)).ToList();

        ids.Count(seen.Add).Should().Be(ids.Count);
        ids.Where((_, i) => i % 1000 == 0).Count(seen.Add).Should().Be(0);
    }
}
