using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

// Regression: an upsert's DO UPDATE overrode the triggers' INSERT OR IGNORE and aborted every re-tag.
public sealed class UpsertUpdateTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Commit_ChangedPostOnSameDay_CountsUpdated()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        await UpsertAsync(a);
        await Cube.RollupAsync(Ct);

        var changed = await UpsertAsync(a with { Text = "apixaban retagged" });

        changed.Should().Be(new BatchOutcome(Inserted: 0, Updated: 1, Unchanged: 0, Deleted: 0, DeadLettered: 0));
        (await FtsCountAsync("retagged")).Should().Be(1);
    }

    [Fact]
    public async Task Commit_ChangedPostOnDirtyDay_CountsUpdated()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        await UpsertAsync(a);

        var changed = await UpsertAsync(a with { CreatedAt = Monday.AddDays(1) });

        changed.Updated.Should().Be(1);
    }
}
