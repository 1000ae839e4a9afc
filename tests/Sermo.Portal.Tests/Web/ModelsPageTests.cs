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
        // What `models promote` leaves behind (promoting here would load weights these manifest-only folders lack).
        await TwoVersionsAsync(_host.ModelsFolder, promoted: "v0001");
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "data@sermo.test", PortalHost.Password);

        var page = await browser.GetStringAsync("/portal/models");

        page.IndexOf("v0002", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("v0001", StringComparison.Ordinal));
        page.Should().Contain("0.864 / 0.814").And.Contain("0.812 / 0.762").And.Contain("2026-11-20 10:00").And.Contain("id=\"no-aspects\"");
        page.Should().MatchRegex("<td>v0001</td>\\s*<td>\\s*<strong class=\"status healthy\">promoted</strong>");
    }

    [Fact]
    public async Task Rollback_TwoPromotionsInHistory_PreviousPromotedAndHistoryNamesWhoDidIt()
    {
        var folder = await TwoVersionsAsync(_host.ModelsFolder, promoted: "v0002");
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "data@sermo.test", PortalHost.Password);
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=Rollback", Form(page, new() { ["task"] = PostSentimentModel.Task }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("rolled back to v0001 (sentiment)");
        (await File.ReadAllTextAsync(Path.Combine(folder, ModelRegistry.PromotedFile))).Trim().Should().Be("v0001");
        File.ReadLines(Path.Combine(folder, ModelRegistry.HistoryFile)).Last().Should().EndWith("\trollback\tv0001\tportal:data@sermo.test");
    }

    [Fact]
    public async Task Promote_VersionThatDoesNotLoad_BadRequestAndPromotedUnchanged()
    {
        var folder = await TwoVersionsAsync(_host.ModelsFolder, promoted: "v0001");
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "data@sermo.test", PortalHost.Password);
        var page = await browser.GetStringAsync("/portal/models");

        // v0002 is a manifest without its model file: the load check refuses it, as `models promote` would.
        var response = await browser.PostAsync("/portal/models?handler=Promote",
            Form(page, new() { ["task"] = PostSentimentModel.Task, ["version"] = "v0002" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"models-error\"");
        (await File.ReadAllTextAsync(Path.Combine(folder, ModelRegistry.PromotedFile))).Trim().Should().Be("v0001");
        page.Should().Contain("id=\"promote-sentiment-v0002\"");
    }

    [Fact]
    public async Task Promote_WithoutAntiforgeryToken_RefusedAndPromotedUnchanged()
    {
        var folder = Path.Combine(_host.ModelsFolder, PostSentimentModel.Task);
        Version(folder, "v0001", 0.812, new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "data@sermo.test", PortalHost.Password);

        var response = await browser.PostAsync("/portal/models?handler=Rollback",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["task"] = PostSentimentModel.Task }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        File.Exists(Path.Combine(folder, ModelRegistry.PromotedFile)).Should().BeFalse();
    }

    [Fact]
    public async Task Models_Analyst_Forbidden()
    {
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "ana@sermo.test", PortalHost.Password);

        (await browser.GetAsync("/portal/models")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = PortalHost.AntiforgeryToken(page);
        return new FormUrlEncodedContent(fields);
    }

    /// <summary>
    /// v0001 and v0002 of the sentiment registry (manifests only) with <paramref name="promoted"/> promoted; for v0002 the
    /// history holds both promotions, as two `models promote` would leave it. Returns the registry's folder.
    /// </summary>
    internal static async Task<string> TwoVersionsAsync(string modelsFolder, string promoted)
    {
        var folder = Path.Combine(modelsFolder, PostSentimentModel.Task);
        Version(folder, "v0001", 0.812, new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        Version(folder, "v0002", 0.864, new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        if (promoted == "v0002")
        {
            await File.WriteAllTextAsync(Path.Combine(folder, ModelRegistry.HistoryFile),
                "2026-11-02T10:00:00.0000000+00:00\tpromote\tv0001\n2026-11-20T10:00:00.0000000+00:00\tpromote\tv0002\n");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, ModelRegistry.PromotedFile), promoted);
        return folder;
    }

    /// <summary>A version folder with its manifest only (no model file: it lists, but does not load).</summary>
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
