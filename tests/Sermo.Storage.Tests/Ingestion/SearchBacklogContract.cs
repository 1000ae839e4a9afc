using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>The search backlog (decision 004) on both backends, including batches committed at once from several connections.</summary>
public abstract class SearchBacklogContract : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private SearchBacklog Backlog => new(Database);

    [Fact]
    public async Task Read_AfterUpsertDeleteAndOptOut_ResolvedAgainstTheStoreNow()
    {
        await UpsertAsync(Post("drop:a", "author-1", Monday, "one"), Post("drop:b", "author-2", Monday, "two"));
        var batch = new IngestBatch("test", null, [Post("drop:c", "author-3", Monday, "three"), Post("drop:a", "author-1", Monday, "one, edited")],
            ["drop:b"], ["author-9"], []) { QueueForSearch = true };

        var outcome = await Store.CommitAsync(batch, Ct);
        await Store.CommitAsync(new IngestBatch("test", null, [], ["drop:c"], [], []), Ct);
        var read = await Backlog.ReadAsync(100, Ct);

        outcome.SearchBacklog.Should().NotBeNull();
        (outcome.SearchBacklog!.Through - outcome.SearchBacklog.From + 1).Should().Be(4, "two upserts, a deletion and an opt-out");
        read!.Range.Should().Be(outcome.SearchBacklog);
        read.Upserts.Should().ContainSingle().Which.Text.Should().Be("one, edited");
        read.DeletedPostIds.Should().Equal("drop:b", "drop:c");
        read.OptedOutAuthorKeys.Should().Equal("author-9");
        await Backlog.AcknowledgeAsync(read.Range, Ct);
        (await Backlog.CountAsync(Ct)).Should().Be(0);
        (await Backlog.ReadAsync(100, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Commit_ManyBatchesAtOnce_EachGetsItsOwnContiguousRange()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            var ranges = new List<SearchBacklogRange>();
            for (var b = 0; b < 5; b++)
            {
                var posts = Enumerable.Range(0, 7).Select(i => Post($"drop:w{writer}-{b}-{i}", $"author-{i}", Monday, "apixaban")).ToArray();
                var outcome = await Store.CommitAsync(new IngestBatch($"drop:{writer}", $"{b}", posts, [], [], []) { QueueForSearch = true }, Ct);
                ranges.Add(outcome.SearchBacklog!);
            }

            return ranges;
        })));

        var ranges = outcomes.SelectMany(r => r).OrderBy(r => r.From).ToList();
        ranges.Should().OnlyContain(r => r.Through - r.From == 6);
        ranges.Zip(ranges.Skip(1), (a, b) => b.From > a.Through).Should().OnlyContain(disjoint => disjoint);
        (await Backlog.CountAsync(Ct)).Should().Be(6 * 5 * 7);
    }
}
