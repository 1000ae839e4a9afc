using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using static Sermo.Storage.Tests.Cube.CubeTestData;

namespace Sermo.Storage.Tests.Cube;

/// <summary>
/// The week and month rows (pre-aggregated exact author sets) against a brute-force recount, through rollups that
/// add late posts, re-tag and move posts, delete posts and drop an opted-out author. Aligned ranges read a stored
/// week or month row per bucket as is, so they check those rows directly; ragged ranges check the unions of
/// months, weeks and days. Every slice must also equal the recount from day rows only.
/// </summary>
public abstract class HeatMapCubeGrainContract : StoreTest
{
    private static readonly DateOnly Start = new(2026, 1, 26); // a Monday; 140 days reach into June
    private const int Days = 140;

    [Theory]
    [InlineData(11)]
    [InlineData(2026)]
    public async Task Rollup_LateRetaggedAndDeletedPosts_WeekAndMonthDistinctAuthorsMatchBruteForce(int seed)
    {
        var random = new Random(seed);
        await Registry.UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, Acme, "[]"), Ct);
        await Registry.UpsertAsync(new ClientRecord("beta", "Beta Capital", "finance", 5, Beta, "[]"), Ct);
        var posts = Enumerable.Range(0, 500).Select(i => RandomPost(random, $"drop:p{i}", random.Next(30), Start, Days)).ToDictionary(p => p.PostId);
        await Store.CommitAsync(new IngestBatch("test", null, posts.Values.ToList(), [], [], []), Ct);
        await Cube.RollupAsync(Ct);
        await AssertGrainsMatchAsync(posts.Values, random);

        // Late posts on old days, then posts re-tagged in place (same day, new entities and sentiment).
        var late = Enumerable.Range(0, 60).Select(i => RandomPost(random, $"drop:late{i}", random.Next(30), Start, 20)).ToList();
        var reTagged = posts.Keys.OrderBy(_ => random.Next()).Take(60)
            .Select(id => RandomPost(random, id, 0, Start, Days) with { AuthorKey = posts[id].AuthorKey, CreatedAt = posts[id].CreatedAt })
            .ToList();
        await Store.CommitAsync(new IngestBatch("test", null, late, [], [], []), Ct);
        await Cube.RollupAsync(Ct);
        await Store.CommitAsync(new IngestBatch("test", null, reTagged, [], [], []), Ct);
        foreach (var post in late.Concat(reTagged))
        {
            posts[post.PostId] = post;
        }

        // Deletes and an opt-out in the same cycle as the re-tags: sets must lose those authors exactly.
        var deleted = posts.Keys.OrderBy(_ => random.Next()).Take(50).ToList();
        var optedOut = AuthorKey(3);
        await Store.CommitAsync(new IngestBatch("test", null, [], deleted, [optedOut], []), Ct);
        foreach (var id in deleted.Concat(posts.Where(p => p.Value.AuthorKey == optedOut).Select(p => p.Key)).ToList())
        {
            posts.Remove(id);
        }

        await Cube.RollupAsync(Ct);
        await AssertGrainsMatchAsync(posts.Values, random);
        (await ScalarAsync("SELECT COUNT(*) FROM cube_members")).Should().Be(posts.Values.Select(p => p.AuthorKey).Distinct().Count());

        var before = await Cube.GetSliceAsync("acme", BucketInterval.Month, Start, Start.AddDays(Days - 1), SegmentBy.Specialty, Ct);
        (await Cube.RebuildAsync(Start.AddDays(10), Start.AddDays(50), Ct)).DaysRebuilt.Should().BeGreaterThan(0);
        var after = await Cube.GetSliceAsync("acme", BucketInterval.Month, Start, Start.AddDays(Days - 1), SegmentBy.Specialty, Ct);
        after.Should().BeEquivalentTo(before, "rebuilding a range is idempotent");
        await AssertGrainsMatchAsync(posts.Values, random);
    }

    [Fact]
    public async Task Generation_RollupsThatChangeTheCube_CountedEmptyRollupNot()
    {
        var random = new Random(18);
        (await Cube.GetGenerationAsync(Ct)).Should().Be(0, "no rollup has run");
        await Registry.UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, Acme, "[]"), Ct);
        await Store.CommitAsync(new IngestBatch("test", null, [RandomPost(random, "drop:g1", 1, Start, Days)], [], [], []), Ct);

        await Cube.RollupAsync(Ct);
        var first = await Cube.GetGenerationAsync(Ct);
        await Cube.RollupAsync(Ct);
        var unchanged = await Cube.GetGenerationAsync(Ct);
        await Store.CommitAsync(new IngestBatch("test", null, [RandomPost(random, "drop:g2", 2, Start, Days)], [], [], []), Ct);
        await Cube.RollupAsync(Ct);
        var afterPost = await Cube.GetGenerationAsync(Ct);
        await Cube.RebuildAsync(Start, Start.AddDays(Days - 1), Ct);

        first.Should().Be(1);
        unchanged.Should().Be(first, "a rollup with no dirty day changes nothing");
        afterPost.Should().Be(first + 1);
        // One step per rollup transaction that rebuilt days: a range over several months takes several (decision 075).
        (await Cube.GetGenerationAsync(Ct)).Should().BeGreaterThan(afterPost, "a rebuild rewrites the cube");
    }

    [Fact]
    public async Task PostRange_PostsOnSeveralDays_FirstAndLastDayNoneBeforeAnyPost()
    {
        (await Cube.GetPostRangeAsync(Ct)).Should().BeNull("no post is stored");
        var days = new[] { 40, 3, 97, 3, 61 };
        await Store.CommitAsync(new IngestBatch("test", null,
            days.Select((day, i) => Post($"drop:r{i}", $"author-r{i}", new DateTimeOffset(Start.AddDays(day), new TimeOnly(9, 0), TimeSpan.Zero), "Eliquis note.")).ToList(),
            [], [], []), Ct);

        (await Cube.GetPostRangeAsync(Ct)).Should().Be((Start.AddDays(3), Start.AddDays(97)));
    }

    private async Task AssertGrainsMatchAsync(IReadOnlyCollection<TaggedPost> posts, Random random)
    {
        var firstMonth = new DateOnly(2026, 2, 1);
        var ranges = new List<(BucketInterval Interval, DateOnly From, DateOnly To)>
        {
            (BucketInterval.Week, Start, Start.AddDays(Days - 1)),
            (BucketInterval.Month, firstMonth, firstMonth.AddMonths(4).AddDays(-1)),
            (BucketInterval.Month, Start, Start.AddDays(Days - 1)),
        };
        var ragged = Start.AddDays(random.Next(20));
        ranges.Add((BucketInterval.Week, ragged, ragged.AddDays(40 + random.Next(70))));
        ranges.Add((BucketInterval.Day, ragged, ragged.AddDays(30)));

        foreach (var (interval, from, to) in ranges)
        {
            var inRange = posts.Where(p => DayOf(p) >= from && DayOf(p) <= to).ToList();
            foreach (var watchlist in new[] { Acme, Beta })
            {
                var matcher = new WatchlistMatcher(watchlist);
                foreach (var segment in new[] { SegmentBy.None, SegmentBy.Specialty, SegmentBy.State })
                {
                    var because = $"{watchlist.ClientId} {interval} {from:yyyy-MM-dd}..{to:yyyy-MM-dd} by {segment}";
                    var slice = await Cube.GetSliceAsync(watchlist.ClientId, interval, from, to, segment, Ct);
                    slice.Cells.Should().BeEquivalentTo(Recount(inRange, matcher, segment, p => TimeBuckets.BucketStart(DayOf(p), interval)), because);
                    slice.RowTotals.Should().BeEquivalentTo(Recount(inRange, matcher, segment, _ => from, cues: false), because);
                    slice.Activity.Should().BeEquivalentTo(RecountActivity(inRange, segment, p => TimeBuckets.BucketStart(DayOf(p), interval)), because);

                    var fromDays = await Cube.GetSliceFromDaysAsync(watchlist.ClientId, interval, from, to, segment, null, Ct);
                    fromDays.Should().BeEquivalentTo(slice, because);

                    if (segment != SegmentBy.None)
                    {
                        var value = (segment == SegmentBy.Specialty ? Specialties : States)[random.Next(2)]!;
                        var one = await Cube.GetSliceAsync(watchlist.ClientId, interval, from, to, segment, value, Ct);
                        one.Cells.Should().BeEquivalentTo(slice.Cells.Where(c => c.Segment == value), because + " = " + value);
                        one.RowTotals.Should().BeEquivalentTo(slice.RowTotals.Where(c => c.Segment == value), because + " = " + value);
                        one.Activity.Should().BeEquivalentTo(slice.Activity.Where(a => a.Segment == value), because + " = " + value);
                    }
                }
            }
        }
    }

    private static DateOnly DayOf(TaggedPost post) => DateOnly.FromDateTime(post.CreatedAt.UtcDateTime);
}
