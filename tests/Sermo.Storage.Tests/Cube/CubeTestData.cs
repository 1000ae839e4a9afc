using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Cube;

namespace Sermo.Storage.Tests.Cube;

/// <summary>Random tagged posts and the brute-force recount the cube property tests compare against.</summary>
internal static class CubeTestData
{
    public static readonly string?[] Specialties = ["cardiology", "oncology", "family medicine", null];
    public static readonly string?[] States = ["TX", "CA", null];
    private static readonly Aspect[] Aspects = Enum.GetValues<Aspect>();
    private static readonly string[] Words = ["patient", "dose", "burnout", "Burnout.", "burnouts", "eliquis", "stable", "renal", "backorder", "copay"];

    private static readonly (EntityType Type, string Surface, string Id, string Name)[] EntityPool =
    [
        (EntityType.Brand, "Eliquis", "apixaban", "apixaban"),
        (EntityType.Generic, "apixaban", "apixaban", "apixaban"),
        (EntityType.Brand, "Coumadin", "warfarin", "warfarin"),
        (EntityType.Brand, "Humira", "adalimumab", "adalimumab"),
        (EntityType.Generic, "metformin", "metformin", "metformin"),
        (EntityType.Disease, "AFib", "I48.91", "atrial fibrillation"),
    ];

    public static readonly Watchlist Acme = new("acme", "Acme Pharma", "pharma",
    [
        new WatchlistTerm("Eliquis", ["apixaban"]),
        new WatchlistTerm("Warfarin", ["warfarin"]),
        new WatchlistTerm("AFib", ["atrial fibrillation"]),
        new WatchlistTerm("Burnout", ["burnout"]),
    ]);

    public static readonly Watchlist Beta = new("beta", "Beta Capital", "finance",
    [
        new WatchlistTerm("Warfarin", ["coumadin"]),
        new WatchlistTerm("Humira", ["adalimumab", "humira"]),
    ]);

    /// <summary>What the cube must return for these posts, recounted from scratch with the same matcher.</summary>
    /// <param name="cues">Count each cue's distinct authors as bucket cells carry them; false for row totals, which carry none.</param>
    public static List<CubeAggregate> Recount(IEnumerable<TaggedPost> posts, WatchlistMatcher matcher, SegmentBy segment, Func<TaggedPost, DateOnly> bucketOf, bool cues = true)
    {
        var mentions = posts.SelectMany(p => matcher.Match(p).Select(m => (Post: p, Mention: m)));
        return mentions
            .GroupBy(x => (Term: matcher.Watchlist.Terms[x.Mention.TermIndex].Label, Bucket: bucketOf(x.Post), Segment: SegmentOf(x.Post, segment)))
            .Select(g => new CubeAggregate(
                g.Key.Term,
                g.Key.Bucket,
                g.Key.Segment,
                Mentions: g.Count(),
                DistinctAuthors: g.Select(x => x.Post.AuthorKey).Distinct().Count(),
                Positive: g.Count(x => x.Mention.Sentiment == Sentiment.Positive),
                Neutral: g.Count(x => x.Mention.Sentiment == Sentiment.Neutral),
                Negative: g.Count(x => x.Mention.Sentiment == Sentiment.Negative),
                AdverseEvents: g.Count(x => x.Mention.AdverseEvent),
                Aspects: g.Where(x => x.Mention.Aspect is not null)
                    .GroupBy(x => x.Mention.Aspect!.Name)
                    .OrderBy(a => a.Key)
                    .Select(a => new AspectCount(a.Key, a.Count(), a.Count(x => x.Mention.Aspect!.Polarity == Sentiment.Positive), a.Count(x => x.Mention.Aspect!.Polarity == Sentiment.Negative)))
                    .ToList(),
                Cues: cues ? RecountCues(g) : null))
            .ToList();
    }

    private static List<AspectCueCount>? RecountCues(IEnumerable<(TaggedPost Post, TermMention Mention)> mentions)
    {
        var counted = mentions
            .Where(x => x.Mention.Aspect is not null)
            .Select(x => (x.Post.AuthorKey, x.Mention.Aspect!, Cue: AspectCueLexicon.ForMention(x.Post.Text, x.Post.Entities, x.Mention.Entity)))
            .Where(x => x.Cue is not null)
            .GroupBy(x => (x.Item2.Name, x.Item2.Polarity, x.Cue!))
            .Select(g => new AspectCueCount(g.Key.Name, g.Key.Polarity, g.Key.Item3, g.Select(x => x.AuthorKey).Distinct().Count()))
            .ToList();
        return counted.Count == 0 ? null : counted;
    }

    public static List<SegmentActivity> RecountActivity(IEnumerable<TaggedPost> posts, SegmentBy segment, Func<TaggedPost, DateOnly> bucketOf) =>
        posts.GroupBy(p => (Bucket: bucketOf(p), Segment: SegmentOf(p, segment)))
            .Select(g => new SegmentActivity(g.Key.Bucket, g.Key.Segment, g.Select(p => p.AuthorKey).Distinct().Count()))
            .ToList();

    public static string? SegmentOf(TaggedPost post, SegmentBy segment) => segment switch
    {
        SegmentBy.Specialty => post.Specialty,
        SegmentBy.State => post.State,
        _ => null,
    };

    /// <summary>A post on a random UTC day of [from, from + days), shown in a random offset so bucketing must use the UTC day.</summary>
    public static TaggedPost RandomPost(Random random, string id, int author, DateOnly from, int days)
    {
        var utc = new DateTimeOffset(from.AddDays(random.Next(days)).ToDateTime(new TimeOnly(random.Next(24), random.Next(60))), TimeSpan.Zero);
        var createdAt = utc.ToOffset(TimeSpan.FromHours(random.Next(-10, 11)));
        var entities = Enumerable.Range(0, random.Next(4)).Select(i =>
        {
            var (type, surface, canonicalId, name) = EntityPool[random.Next(EntityPool.Length)];
            var aspect = type is EntityType.Brand or EntityType.Generic && random.Next(3) > 0
                ? new MentionAspect(Aspects[random.Next(Aspects.Length)], RandomSentiment(random))
                : null;
            return new TaggedEntity(type, surface, i * 10, i * 10 + surface.Length, canonicalId, name, Sentiment: RandomSentiment(random)) { Aspect = aspect };
        }).ToList();
        var drug = entities.FirstOrDefault(e => e.Type is EntityType.Brand or EntityType.Generic);
        List<AdverseEventPair> adverse = drug is not null && random.Next(4) == 0
            ? [new AdverseEventPair(drug, new TaggedEntity(EntityType.AdverseEvent, "bleeding", 200, 208, "bleeding", "bleeding"))]
            : [];
        var text = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Words[random.Next(Words.Length)]));
        return new TaggedPost(id, "test", AuthorKey(author), createdAt, Specialties[random.Next(Specialties.Length)],
            States[random.Next(States.Length)], text, 0, entities, adverse, RandomSentiment(random), random.NextDouble());
    }

    public static string AuthorKey(int author) => $"author-{author:00}";

    private static Sentiment RandomSentiment(Random random) => (Sentiment)(random.Next(3) - 1);
}
