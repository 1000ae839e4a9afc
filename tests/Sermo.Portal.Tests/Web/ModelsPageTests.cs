using System.Net;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Access;

namespace Sermo.Portal.Tests.Web;

/// <summary>The data team's registry page reads each registry's versions and the promoted one.</summary>
public sealed class ModelsPageTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        await _host.AccountAsync(PortalRoles.DataTeam, email: "data@sermo.test");
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Models_TwoSentimentVersionsOnePromoted_ListedNewestFirstWithScores()
    {
        var folder = Path.Combine(_host.ModelsFolder, PostSentimentModel.Task);
        Version(folder, "v0001", 0.812, new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        Version(folder, "v0002", 0.864, new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        // What `models promote` leaves behind (promoting here would load weights these manifest-only folders lack).
        await File.WriteAllTextAsync(Path.Combine(folder, ModelRegistry.PromotedFile), "v0001");
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "data@sermo.test", PortalHost.Password);

        var page = await browser.GetStringAsync("/portal/models");

        page.IndexOf("v0002", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("v0001", StringComparison.Ordinal));
        page.Should().Contain("0.864 / 0.814").And.Contain("0.812 / 0.762").And.Contain("2026-11-20 10:00").And.Contain("id=\"no-aspects\"");
        page.Should().MatchRegex("<td>v0001</td>\\s*<td>\\s*<strong class=\"status healthy\">promoted</strong>");
    }

    [Fact]
    public async Task Models_Analyst_Forbidden()
    {
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "ana@sermo.test", PortalHost.Password);

        (await browser.GetAsync("/portal/models")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static void Version(string registry, string name, double accuracy, DateTimeOffset trainedAt) =>
        new ModelManifest
        {
            Version = name,
            Task = PostSentimentModel.Task,
            Classifiers = [new ClassifierFacts("sentiment", "sentiment.zip", ["negative", "neutral", "positive"], 0, "SdcaMaximumEntropy",
                new HeldOutMetrics(240, accuracy, accuracy - 0.05))],
            Training = new TrainingFacts("sha", 1200, 0.2, trainedAt, 3.5),
        }.Write(Path.Combine(registry, name));
}
