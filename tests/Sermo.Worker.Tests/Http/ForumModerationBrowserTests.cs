using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sermo.Analytics.Query;
using Sermo.Ingest.Pipeline;
using Sermo.Storage.Search;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// Moderation, editing and account deletion in the browser against the `serve` host: a reported post hidden by a
/// moderator, an edited post re-ingested with its new text, a deleted account's posts shown as "[deleted]" and gone from
/// the analysts' index after one ingest cycle.
/// </summary>
[Collection("Console")]
public sealed class ForumModerationBrowserTests : IAsyncLifetime
{
    private ServedDataFolder _served = null!;
    private ForumBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _served = await ServedDataFolder.StartAsync();
        _browser = await ForumBrowser.LaunchAsync(_served.Address);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _served.DisposeAsync();
    }

    [Fact]
    public async Task Forum_ReportHideEditDeleteAccount_PagesAndIndexFollow()
    {
        var moderator = await _browser.NewMemberAsync();
        await ForumBrowser.RegisterAsync(moderator, ForumBrowserTests.Npi(11), "mod@example.org", "QuietRounds");
        (await CliRun.RunAsync("forum", "role", "--email", "mod@example.org", "--role", "admin", "--data", _served.Folder)).Exit.Should().Be(0);
        var member = await _browser.NewMemberAsync();
        await ForumBrowser.RegisterAsync(member, ForumBrowserTests.Npi(12), "member@example.org", "RuralGP");
        (await CliRun.RunAsync("forum", "role", "--email", "member@example.org", "--role", "moderator", "--data", _served.Folder)).Exit.Should().Be(0);
        (await CliRun.RunAsync("forum", "role", "--email", "member@example.org", "--role", "moderator", "--revoke", "--data", _served.Folder)).Exit.Should().Be(0);

        await member.GotoAsync("/forum/new");
        await member.FillAsync("#Input_Title", "Tirzepatide supply in rural clinics");
        await member.FillAsync("#Input_Body", "Our pharmacy has had no tirzepatide for weeks; quixotrel samples instead?");
        await member.ClickAsync("#new-thread > button[type=submit]");
        var threadUrl = member.Url;
        await member.FillAsync("#reply textarea", "Buy cheap quixotrel online, no prescription needed!");
        await member.ClickAsync("#reply button");

        // The moderator reports the spammy answer, then hides it from the moderation queue.
        await moderator.GotoAsync(threadUrl);
        var spam = moderator.Locator("article.answer").First;
        await spam.Locator("details.report summary").ClickAsync();
        await spam.Locator("input[name=reason]").FillAsync("Spam: selling drugs");
        await spam.GetByRole(AriaRole.Button, new() { Name = "Send to moderators" }).ClickAsync();
        await moderator.GotoAsync("/forum/moderation");
        await Expect(moderator.Locator("article[id^=report-]")).ToContainTextAsync("Spam: selling drugs");
        await ForumBrowser.ScreenshotAsync(moderator, "moderation");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Hide post" }).ClickAsync();
        await Expect(moderator.Locator("#reports-empty")).ToBeVisibleAsync();
        await member.GotoAsync(threadUrl);
        await Expect(member.Locator("article.answer .body").First).ToHaveTextAsync("[hidden by a moderator]");

        // The member edits the question; one ingest cycle re-indexes the new text.
        await IngestCycleAsync();
        (await TotalAsync("quixotrel")).Should().Be(1, "the question is indexed and the hidden answer is not");
        await member.Locator("article.question").GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await member.FillAsync("#Body", "Our pharmacy has had no tirzepatide for weeks; what are you switching to?");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(member.Locator("article.question .body")).ToContainTextAsync("what are you switching to?");
        await IngestCycleAsync();
        (await TotalAsync("quixotrel")).Should().Be(0, "the edit replaced the indexed text");
        (await TotalAsync("switching")).Should().Be(1);

        // The member deletes the account: the thread shows [deleted], the index drops the post.
        await member.GotoAsync("/forum/settings");
        await member.FillAsync("#delete input[name=confirm]", "RuralGP");
        await member.ClickAsync("#delete button");
        member.Url.Should().Contain("/forum/signin");
        await moderator.GotoAsync(threadUrl);
        await Expect(moderator.Locator("article.question .author")).ToHaveTextAsync("[deleted]");
        await Expect(moderator.Locator("article.question .body")).ToHaveTextAsync("[deleted]");
        await IngestCycleAsync();
        (await TotalAsync("switching")).Should().Be(0);
    }

    private async Task IngestCycleAsync() =>
        await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);

    /// <summary>
    /// Posts the index holds for <paramref name="term"/>, read from the index itself: the analysts' verb refuses a
    /// match from fewer than k authors (P12), as every match of this one-member thread is.
    /// </summary>
    private async Task<long> TotalAsync(string term)
    {
        var index = _served.Services.GetRequiredService<ISearchIndex>();
        var result = await index.SearchAsync(new SearchRequest(QueryParser.Parse(term), Aggregations: false), CancellationToken.None);
        return result.Total ?? throw new InvalidOperationException("the index itself always counts");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
