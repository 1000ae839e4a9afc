using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Emerging;

namespace Sermo.Storage.Tests.Emerging;

/// <summary>The emerging-topic side of the store: posts by day range, and audited promotions to a client's watchlist.</summary>
public abstract class EmergingStoreContract : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Read_DayRange_PostsOfThoseDaysWithAuthorSpecialtyAndEntities()
    {
        var entity = new TaggedEntity(EntityType.Generic, "apixaban", 0, 8, "apixaban", "apixaban");
        await UpsertAsync(
            Post("drop:a", "author-a", Monday, "apixaban dosing", "cardiology", entity),
            Post("drop:b", "author-b", Monday.AddDays(3), "thursday", null),
            Post("drop:c", "author-c", Monday.AddDays(7), "next week"));
        var from = DateOnly.FromDateTime(Monday.UtcDateTime);

        var posts = await new EmergingPostReader(Database).ReadAsync(from, from.AddDays(6), Ct).ToListAsync();

        posts.Select(p => p.Text).Should().Equal("apixaban dosing", "thursday");
        posts[0].AuthorKey.Should().Be("author-a");
        posts[0].Day.Should().Be(from);
        posts[0].Specialty.Should().Be("cardiology");
        posts[0].Entities.Should().ContainSingle().Which.CanonicalId.Should().Be("apixaban");
        posts[1].Specialty.Should().BeNull();
        (await new EmergingPostReader(Database).LatestDayAsync(Ct)).Should().Be(from.AddDays(7));
    }

    [Fact]
    public async Task LatestDay_EmptyStore_Null() =>
        (await new EmergingPostReader(Database).LatestDayAsync(Ct)).Should().BeNull();

    [Fact]
    public async Task Promote_NewTerm_AddedToWatchlistAuditedAndDaysMarked()
    {
        await Registry.UpsertAsync(Client(), Ct);
        await UpsertAsync(Post("drop:a", "a", Monday, "text"));
        await Cube.RollupAsync(Ct);
        var promotions = new WatchlistPromotions(Database);

        var promotion = await promotions.PromoteAsync("northwind", " Lipase Elevation ", "Lipase elevation", "analyst-1", Monday, Ct);

        promotion.Outcome.Should().Be(WatchlistPromotions.Added);
        var client = await Registry.GetAsync("northwind", Ct);
        client!.Watchlist.Terms.Should().ContainSingle(t => t.Label == "Lipase elevation").Which.Matches.Should().Equal("lipase elevation");
        (await DirtyDaysAsync()).Should().Be(1, "a changed watchlist re-rolls every day with posts");
        var audit = await promotions.ListAsync("northwind", 10, Ct);
        audit.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ClientId = "northwind", Term = "lipase elevation", Analyst = "analyst-1", Outcome = "added" });
        audit[0].PromotedAt.Should().Be(Monday);
    }

    [Fact]
    public async Task Promote_TermAlreadyMatched_WatchlistUnchangedButAttemptAudited()
    {
        await Registry.UpsertAsync(Client(), Ct);
        var promotions = new WatchlistPromotions(Database);

        var promotion = await promotions.PromoteAsync("northwind", "APIXABAN", "Apixaban", "analyst-1", Monday, Ct);

        promotion.Outcome.Should().Be(WatchlistPromotions.AlreadyWatched);
        (await Registry.GetAsync("northwind", Ct))!.Watchlist.Terms.Should().HaveCount(1);
        (await promotions.ListAsync(null, 10, Ct)).Should().ContainSingle();
    }

    [Fact]
    public async Task Promote_UnknownClient_ThrowsAndAuditsNothing()
    {
        var promotions = new WatchlistPromotions(Database);

        var act = () => promotions.PromoteAsync("nobody", "term", "Term", "analyst-1", Monday, Ct);

        await act.Should().ThrowAsync<KeyNotFoundException>();
        (await promotions.ListAsync(null, 10, Ct)).Should().BeEmpty();
    }

    private static ClientRecord Client() =>
        new("northwind", "Northwind", "pharma", 5, new Watchlist("northwind", "Northwind", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]), "[]");
}
