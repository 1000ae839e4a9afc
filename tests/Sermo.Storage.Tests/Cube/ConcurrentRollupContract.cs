using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using static Sermo.Storage.Tests.Cube.CubeTestData;

namespace Sermo.Storage.Tests.Cube;

/// <summary>
/// Rollups run while batches of new, changed and deleted posts commit on other connections (on PostgreSQL they really
/// interleave); once writing stops, one more rollup must leave the cube equal to a recount of the posts left.
/// </summary>
public abstract class ConcurrentRollupContract : StoreTest
{
    private static readonly DateOnly From = new(2026, 1, 5);
    private const int Days = 28;

    [Fact]
    public async Task Rollup_WhileBatchesCommit_CubeConvergesOnTheRecount()
    {
        var random = new Random(17);
        await Registry.UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, Acme, "[]"), Ct);
        var posts = new Dictionary<string, TaggedPost>();
        var batches = new List<IngestBatch>();
        for (var b = 0; b < 30; b++)
        {
            var upserts = Enumerable.Range(0, 20).Select(i => RandomPost(random, $"drop:p{b}-{i}", random.Next(15), From, Days)).ToList();
            // Some posts of earlier batches change day and tags, some are deleted.
            upserts.AddRange(posts.Keys.OrderBy(_ => random.Next()).Take(3).Select(id => RandomPost(random, id, random.Next(15), From, Days)));
            var deleted = posts.Keys.OrderBy(_ => random.Next()).Take(2).Where(id => upserts.All(p => p.PostId != id)).ToList();
            foreach (var post in upserts)
            {
                posts[post.PostId] = post;
            }

            deleted.ForEach(id => posts.Remove(id));
            batches.Add(new IngestBatch("test", null, upserts, deleted, [], []));
        }

        using var writing = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            try
            {
                foreach (var batch in batches)
                {
                    await Store.CommitAsync(batch, Ct);
                }
            }
            finally
            {
                await writing.CancelAsync();
            }
        });
        var rollups = 0;
        while (!writing.IsCancellationRequested)
        {
            await Cube.RollupAsync(Ct);
            rollups++;
        }

        await writer;
        await Cube.RollupAsync(Ct);

        rollups.Should().BeGreaterThan(0);
        var matcher = new WatchlistMatcher(Acme);
        var to = From.AddDays(Days - 1);
        var slice = await Cube.GetSliceAsync("acme", BucketInterval.Day, From, to, SegmentBy.None, Ct);
        slice.Cells.Should().BeEquivalentTo(Recount(posts.Values, matcher, SegmentBy.None, p => DateOnly.FromDateTime(p.CreatedAt.UtcDateTime)));
        slice.RowTotals.Should().BeEquivalentTo(Recount(posts.Values, matcher, SegmentBy.None, _ => From, cues: false));
        (await DirtyDaysAsync()).Should().Be(0);
    }
}
