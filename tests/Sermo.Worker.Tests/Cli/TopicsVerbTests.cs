using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Cli;

/// <summary>`topics promote` and `topics promotions` on a fresh data folder with one client.</summary>
[Collection("Console")]
public sealed class TopicsVerbTests : IAsyncLifetime
{
    private readonly TempDataFolder _folder = new("topics", create: false);

    public async Task InitializeAsync()
    {
        var data = DataFolder.Resolve(_folder, create: true);
        using var host = SermoHost.Build(data, verbose: false, ingestWorker: false);
        await host.Services.GetRequiredService<IClientRegistry>().UpsertAsync(
            new ClientRecord("acme", "Acme", "pharma", 5, new Watchlist("acme", "Acme", "pharma", [new WatchlistTerm("Eliquis", ["eliquis"])]), "[]"),
            CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Promote_NewTermThenAgain_AddedThenAlreadyWatchedBothAudited()
    {
        var first = await CliRun.RunAsync("topics", "promote", "--client", "acme", "--term", "Infusion Chair", "--analyst", "jdoe", "--data", _folder);
        var second = await CliRun.RunAsync("topics", "promote", "--client", "acme", "--term", "infusion chair", "--analyst", "kroe", "--data", _folder);
        var audit = await CliRun.RunAsync("topics", "promotions", "--client", "acme", "--data", _folder);

        first.Exit.Should().Be(0);
        first.Output.Should().Contain("added 'infusion chair' to acme's watchlist as 'Infusion Chair'");
        second.Output.Should().Contain("acme already watches 'infusion chair'; nothing changed");
        audit.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().SatisfyRespectively(
            newest => newest.Should().Contain("kroe").And.Contain("already-watched"),
            oldest => oldest.Should().Contain("jdoe").And.Contain("added").And.Contain("infusion chair  (Infusion Chair)"));
    }

    [Fact]
    public async Task Promote_UnknownClient_ExitsTwoNamingKnownClients()
    {
        var (exit, _, error) = await CliRun.RunAsync("topics", "promote", "--client", "nobody", "--term", "x", "--analyst", "jdoe", "--data", _folder);

        exit.Should().Be(2);
        error.Trim().Should().Be("error: No client 'nobody'. Known: acme.");
    }

    [Fact]
    public async Task Emerging_EmptyStore_ExitsTwoSayingThereAreNoPosts()
    {
        var (exit, _, error) = await CliRun.RunAsync("topics", "emerging", "--data", _folder);

        exit.Should().Be(2);
        error.Should().Contain("no posts yet");
    }
}
