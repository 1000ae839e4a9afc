using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Mnpi;

namespace Sermo.Storage.Tests.Mnpi;

/// <summary>The MNPI guard in the rollup and the excerpts, the same on every backend.</summary>
public abstract class TrialDisclosureHoldContract : StoreTest
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Date = DateOnly.FromDateTime(Day.UtcDateTime);
    private static readonly WatchlistTerm Keytruda = new("Keytruda", ["keytruda"]);

    private const string Disclosure =
        "I'm the site PI on the Keytruda combo trial and the interim data at our site look terrible, sponsor hasn't disclosed it.";

    [Fact]
    public async Task Rollup_TrialDisclosurePost_HeldFromFinanceClientOnlyAndLogged()
    {
        await RegisterAsync();
        await UpsertAsync(
            Post("p1", "a1", Day, Disclosure),
            Post("p2", "a2", Day.AddHours(1), "Keytruda worked well for my melanoma patient."));

        await Cube.RollupAsync(Ct);

        (await MentionsAsync("fund")).Should().Be(1);
        (await MentionsAsync("pharma")).Should().Be(2);
        var holds = await new TrialDisclosureHolds(Database).ListAsync(10, Ct);
        holds.Should().ContainSingle().Which.Should().Match<TrialDisclosureHold>(h => h.PostId == "p1" && h.ClientId == "fund" && h.Day == Date);
    }

    [Fact]
    public async Task FindExcerpts_ForFinanceClient_HeldPostNeverQuoted()
    {
        await RegisterAsync();
        await UpsertAsync(Post("p1", "a1", Day, Disclosure), Post("p2", "a2", Day.AddHours(1), "Keytruda worked well for my melanoma patient."));
        await Cube.RollupAsync(Ct);
        var days = new[] { (Date, Date) };

        var forFund = await Backend.Excerpts().FindAsync(["keytruda"], days, SegmentBy.None, null, "fund", 5, Ct);
        var forPharma = await Backend.Excerpts().FindAsync(["keytruda"], days, SegmentBy.None, null, "pharma", 5, Ct);

        forFund.Select(q => q.PostId).Should().Equal("p2");
        forPharma.Select(q => q.PostId).Should().Equal("p1", "p2");
    }

    private async Task RegisterAsync()
    {
        await Registry.UpsertAsync(new ClientRecord("fund", "Fund", ClientKinds.Finance, 5, new Watchlist("fund", "Fund", ClientKinds.Finance, [Keytruda]), "[]"), Ct);
        await Registry.UpsertAsync(new ClientRecord("pharma", "Pharma", ClientKinds.Pharma, 5, new Watchlist("pharma", "Pharma", ClientKinds.Pharma, [Keytruda]), "[]"), Ct);
    }

    private async Task<int> MentionsAsync(string client)
    {
        var slice = await Cube.GetSliceAsync(client, BucketInterval.Day, Date, Date, SegmentBy.None, Ct);
        return slice.Cells.Where(c => c.Term == "Keytruda").Sum(c => c.Mentions);
    }
}
