using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using static Sermo.Storage.Tests.Cube.CubeTestData;

namespace Sermo.Storage.Tests.Cube;

/// <summary>
/// The rollup commits one calendar month of dirty days per transaction (decision 075). Its cube must equal the one a
/// single transaction stores, and a rollup stopped between two transactions, as a crash would stop it, must leave the
/// rest marked dirty so that the next rollup completes the same cube.
/// </summary>
public abstract class ChunkedRollupContract : StoreTest
{
    // 2026-01-26 is a Monday: the ISO week of Jan 26 – Feb 1 and the one of Feb 23 – Mar 1 straddle two months.
    private static readonly DateOnly From = new(2026, 1, 12);
    private const int Days = 60;

    [Fact]
    public async Task Rollup_OneMonthPerTransaction_StoresTheCubeOfOneTransaction()
    {
        await StorePostsAsync();

        Cube.MonthsPerTransaction = 1;
        var commits = 0;
        Cube.TransactionCommitted = () => commits++;
        var chunked = await Cube.RollupAsync(Ct);
        var chunkedCube = await CubeRowsAsync();

        commits.Should().Be(3, "the posts' days fall in January, February and March");
        chunked.DaysRebuilt.Should().Be(Days);
        Cube.MonthsPerTransaction = int.MaxValue;
        await Cube.RebuildAsync(From, From.AddDays(Days - 1), Ct);
        (await CubeRowsAsync()).Should().Equal(chunkedCube);
        commits.Should().Be(4);
    }

    [Fact]
    public async Task Rollup_StoppedAfterItsFirstTransaction_NextRollupCompletesTheCube()
    {
        await StorePostsAsync();
        Cube.TransactionCommitted = () => throw new OperationCanceledException("stopped after the first transaction");

        var stopped = () => Cube.RollupAsync(Ct);

        await stopped.Should().ThrowAsync<OperationCanceledException>();
        (await DirtyDaysAsync()).Should().Be(Days - 20, "January's 20 days were committed, February's and March's are still marked");
        Cube.TransactionCommitted = null;
        var completed = await Cube.RollupAsync(Ct);
        completed.DaysRebuilt.Should().Be(Days - 20);
        (await DirtyDaysAsync()).Should().Be(0);
        var resumedCube = await CubeRowsAsync();

        Cube.MonthsPerTransaction = int.MaxValue;
        await Cube.RebuildAsync(From, From.AddDays(Days - 1), Ct);
        (await CubeRowsAsync()).Should().Equal(resumedCube);
    }

    private async Task StorePostsAsync()
    {
        var random = new Random(75);
        await Registry.UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, Acme, "[]"), Ct);
        await Registry.UpsertAsync(new ClientRecord("beta", "Beta Capital", "finance", 5, Beta, "[]"), Ct);
        // One post on every day, so that each day is dirty, then more on random days.
        var posts = Enumerable.Range(0, Days)
            .Select(d => RandomPost(random, $"drop:d{d}", random.Next(20), From.AddDays(d), 1))
            .Concat(Enumerable.Range(0, 240).Select(i => RandomPost(random, $"drop:p{i}", random.Next(20), From, Days)))
            .ToList();
        foreach (var chunk in posts.Chunk(100))
        {
            await UpsertAsync(chunk);
        }
    }

    /// <summary>Every stored cube row (counts and author sets at each grain, aspect cues) as text, sorted.</summary>
    private async Task<List<string>> CubeRowsAsync()
    {
        await using var connection = await Database.OpenConnectionAsync(Ct);
        var rows = new List<string>();
        rows.AddRange(await connection.QueryAsync(null, """
            SELECT c.client_id, c.grain, c.seg_kind, c.bucket, c.term, c.counts, s.members
            FROM cube_counts c
            JOIN cube_author_sets s ON s.client_id = c.client_id AND s.grain = c.grain AND s.seg_kind = c.seg_kind
                                   AND s.bucket = c.bucket AND s.term = c.term
            """,
            r => $"{r.GetString(0)}|{r.GetValue(1)}|{r.GetValue(2)}|{r.GetValue(3)}|{r.GetString(4)}|{Convert.ToHexString((byte[])r[5])}|{Convert.ToHexString((byte[])r[6])}", Ct));
        rows.AddRange(await connection.QueryAsync(null, """
            SELECT client_id, seg_kind, bucket, term, segment, aspect, polarity, cue, member, mentions FROM cube_aspect_cues
            """,
            r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))), Ct));
        rows.Count.Should().BeGreaterThan(Days, "every day has rows");
        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
