using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using static Sermo.Storage.Tests.Cube.CubeTestData;

namespace Sermo.Storage.Tests.Cube;

/// <summary>
/// Random posts in, cube slices out, compared with a brute-force recount over the same posts using the
/// same <see cref="WatchlistMatcher"/>; then deletes, an opt-out, moved and re-tagged posts and late posts,
/// and the comparison again.
/// </summary>
public abstract class HeatMapCubePropertyContract : StoreTest
{
    private static readonly DateOnly From = new(2026, 1, 5); // a Monday
    private static readonly DateOnly To = From.AddDays(69); // ten full ISO weeks

    [Theory]
    [InlineData(20260105)]
    [InlineData(7)]
    public async Task Rollup_RandomPostsThenDeletesMovesAndLatePosts_SlicesMatchBruteForceRecount(int seed)
    {
        var random = new Random(seed);
        await Registry.UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, Acme, "[]"), Ct);
        await Registry.UpsertAsync(new ClientRecord("beta", "Beta Capital", "finance", 5, Beta, "[]"), Ct);
        var posts = Enumerable.Range(0, 300).Select(i => RandomPost(random, $"drop:p{i}", random.Next(20))).ToDictionary(p => p.PostId);
        foreach (var chunk in posts.Values.Chunk(100))
        {
            await UpsertAsync(chunk);
        }

        var first = await Cube.RollupAsync(Ct);

        first.PostsRead.Should().Be(300);
        first.ClientsRolled.Should().Be(2);
        await AssertCubeMatchesAsync(posts.Values);

        // Deletes, an opt-out, and moved/re-tagged posts (removed, then stored again on another day with new tags).
        var ids = posts.Keys.OrderBy(_ => random.Next()).ToList();
        var deleted = ids.Take(40).ToList();
        var moved = ids.Skip(40).Take(50).ToList();
        var optedOut = AuthorKey(7);
        await Store.CommitAsync(new IngestBatch("test", null, [], deleted.Concat(moved).ToList(), [optedOut], []), Ct);
        var reTagged = moved.Where(id => posts[id].AuthorKey != optedOut)
            .Select(id => RandomPost(random, id, random.Next(20)) with { AuthorKey = posts[id].AuthorKey })
            .ToList();
        var late = Enumerable.Range(0, 30).Select(i => RandomPost(random, $"drop:late{i}", random.Next(20))).ToList();
        foreach (var id in deleted.Concat(moved))
        {
            posts.Remove(id);
        }

        foreach (var key in posts.Where(p => p.Value.AuthorKey == optedOut).Select(p => p.Key).ToList())
        {
            posts.Remove(key);
        }

        await UpsertAsync([.. reTagged, .. late]);
        foreach (var post in reTagged.Concat(late))
        {
            posts[post.PostId] = post;
        }

        await Cube.RollupAsync(Ct);
        await AssertCubeMatchesAsync(posts.Values);

        var idle = await Cube.RollupAsync(Ct);
        idle.DaysRebuilt.Should().Be(0);
        await Cube.RebuildAsync(From, To, Ct);
        await AssertCubeMatchesAsync(posts.Values);
    }

    private async Task AssertCubeMatchesAsync(IReadOnlyCollection<TaggedPost> posts)
    {
        foreach (var watchlist in new[] { Acme, Beta })
        {
            var matcher = new WatchlistMatcher(watchlist);
            foreach (var segment in new[] { SegmentBy.None, SegmentBy.Specialty })
            {
                var slice = await Cube.GetSliceAsync(watchlist.ClientId, BucketInterval.Week, From, To, segment, Ct);
                var expectedCells = Recount(posts, matcher, segment, p => TimeBuckets.BucketStart(p.CreatedAt, BucketInterval.Week));
                var expectedTotals = Recount(posts, matcher, segment, _ => From, cues: false);

                expectedCells.Should().NotBeEmpty();
                expectedCells.Should().Contain(c => c.Aspects!.Count > 0, "the random posts must carry aspects for the aspect counts to be checked");
                slice.Cells.Should().BeEquivalentTo(expectedCells, $"{watchlist.ClientId} cells by {segment}");
                slice.RowTotals.Should().BeEquivalentTo(expectedTotals, $"{watchlist.ClientId} row totals by {segment}");
                slice.Activity.Should().BeEquivalentTo(
                    posts.GroupBy(p => (Bucket: TimeBuckets.BucketStart(p.CreatedAt, BucketInterval.Week), Segment: SegmentOf(p, segment)))
                        .Select(g => new SegmentActivity(g.Key.Bucket, g.Key.Segment, g.Select(p => p.AuthorKey).Distinct().Count())),
                    $"activity by {segment}");
            }
        }
    }

    private static TaggedPost RandomPost(Random random, string id, int author) => CubeTestData.RandomPost(random, id, author, From, 70);

    private static string AuthorKey(int author) => CubeTestData.AuthorKey(author);
}
