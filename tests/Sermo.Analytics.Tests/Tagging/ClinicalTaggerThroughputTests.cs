using System.Diagnostics;
using System.Text;

namespace Sermo.Analytics.Tests.Tagging;

public class ClinicalTaggerThroughputTests
{
    private static readonly string[] Posts =
    [
        "Switched her from xarelto to Eliquis 5 mg BID after a GI bleed; no bleeding since. ",
        "Ozempic has been great for his T2DM but the nausea is rough. ",
        "Keytruda plus chemo for NSCLC, clean scan at 6 months, mild colitis managed with steroids. ",
        "Insurance denied Wegovy again, prior auth is a nightmare. Family history of pancreatitis? ",
        "Anyone using Omnipod 5 with Dexcom G7 in CKD stage 3 patients with hypoglycemia issues? ",
        "Patient with MS on Ocrevus, no infusion reactions, doing very well overall. ",
    ];

    [Fact]
    public void Tag_OneMegabyte_UnderOneSecond()
    {
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append(Posts[text.Length % Posts.Length]);
        }

        var input = text.ToString();
        var tagger = SharedTagger.Tagger;
        for (var i = 0; i < 50; i++)
        {
            tagger.Tag(Posts[i % Posts.Length]); // let tiered JIT promote the hot loops
        }

        // Best of three: the machine is shared, and one slow run says more about neighbours than about the tagger.
        var best = TimeSpan.MaxValue;
        var entities = 0;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            entities = tagger.Tag(input).Entities.Count;
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        entities.Should().BeGreaterThan(10_000);
        best.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Tag_ConcurrentCalls_SameResultsAsSequential()
    {
        var tagger = SharedTagger.Tagger;
        var expected = Posts.Select(p => tagger.Tag(p).Entities.Select(e => (e.Surface, e.Negated, e.Sentiment)).ToList()).ToList();

        Parallel.For(0, 400, i =>
        {
            var post = i % Posts.Length;
            tagger.Tag(Posts[post]).Entities.Select(e => (e.Surface, e.Negated, e.Sentiment)).Should().Equal(expected[post]);
        });
    }
}
