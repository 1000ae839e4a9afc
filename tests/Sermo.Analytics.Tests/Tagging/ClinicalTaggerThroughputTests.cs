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

    /// <summary>Speed lives in bench/Sermo.Benchmarks/Tagging (no timed assertions here); this checks a large input loses nothing.</summary>
    [Fact]
    public void Tag_OneMegabyteOfPosts_SameEntitiesAsPostByPost()
    {
        var text = new StringBuilder();
        var expected = 0;
        for (var i = 0; text.Length < 1_000_000; i++)
        {
            var post = Posts[i % Posts.Length];
            text.Append(post);
            expected += SharedTagger.Tagger.Tag(post).Entities.Count;
        }

        SharedTagger.Tagger.Tag(text.ToString()).Entities.Should().HaveCount(expected);
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
