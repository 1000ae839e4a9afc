using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;
using Sermo.Portal.Operations;

namespace Sermo.Portal.Tests.Web;

/// <summary>The data team's page lists the re-tag job's runs with their progress, from whatever the host reads them from.</summary>
public sealed class RetagProgressPageTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync(services: s => s.AddSingleton<IRetagProgress>(new FixedRuns()));
        await _host.AccountAsync(PortalRoles.DataTeam, email: "data@sermo.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ModelsPage_RetagRunning_ItsProgressLineShown()
    {
        using var browser = _host.Browser();
        (await PortalHost.SignInAsync(browser, "data@sermo.test", PortalHost.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await browser.GetStringAsync("/portal/models");

        page.Should().Contain("<td>Processing</td>").And.Contain("<td>1,500 of 4,200 posts re-tagged with v0002</td>")
            .And.Contain("<td>Succeeded</td><td>2026-03-02 07:00:00</td><td>not started</td>");
    }

    private sealed class FixedRuns : IRetagProgress
    {
        public Task<IReadOnlyList<RetagRun>> RecentAsync(int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RetagRun>>(
        [
            new RetagRun("41", "Processing", new DateTime(2026, 3, 3, 8, 0, 0, DateTimeKind.Utc), "1,500 of 4,200 posts re-tagged with v0002"),
            new RetagRun("17", "Succeeded", new DateTime(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc), null),
        ]);
    }
}
