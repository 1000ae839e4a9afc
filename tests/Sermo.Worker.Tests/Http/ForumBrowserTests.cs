using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sermo.Analytics.Query;
using Sermo.Ingest.Pipeline;
using Sermo.Storage.Search;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// Issue 17's proof, in a real browser against the `serve` host on 127.0.0.1: members register, an admin verifies them,
/// they post, reply, vote, accept, answer a poll; one opts out, and after one ingest cycle the analysts' `query` no
/// longer finds that member's posts while the others' stay.
/// </summary>
// The served web app and the CLI verbs write to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class ForumBrowserTests : IAsyncLifetime
{
    // A made-up drug name: only these posts contain it, so `query` counts exactly them.
    private const string Marker = "zorvexitol";

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
    public async Task Forum_RegisterVerifyPostReplyVoteAcceptPollOptOut_OptedOutPostsLeaveQueryAfterOneIngestCycle()
    {
        var admin = await _browser.NewMemberAsync();
        await ForumBrowser.RegisterAsync(admin, Npi(1), "admin@example.org", "QuietRounds", "Internal Medicine", "NY");
        var granted = await CliRun.RunAsync("forum", "role", "--email", "admin@example.org", "--role", "admin", "--data", _served.Folder);
        granted.Exit.Should().Be(0, granted.Error);

        var asker = await _browser.NewMemberAsync();
        await ForumBrowser.RegisterAsync(asker, Npi(2), "asker@example.org", "NightShiftNeuro", "Neurology", "CA");
        await Expect(asker.Locator("#access h1")).ToHaveTextAsync("Awaiting verification");
        await ForumBrowser.ScreenshotAsync(asker, "pending");
        await asker.GotoAsync("/forum");
        asker.Url.Should().Contain("/forum/access", "an unverified member reads nothing");

        var answerer = await _browser.NewMemberAsync();
        await ForumBrowser.RegisterAsync(answerer, Npi(3), "answerer@example.org", "SteadyHands", "Nephrology", "TX");

        await admin.GotoAsync("/forum/admin/members");
        await Expect(admin.Locator("#queue tbody tr")).ToHaveCountAsync(2);
        await ForumBrowser.ScreenshotAsync(admin, "admin-queue");
        foreach (var pseudonym in new[] { "NightShiftNeuro", "SteadyHands" })
        {
            await admin.Locator("#queue tr", new() { HasText = pseudonym }).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        }

        await Expect(admin.Locator("#queue-empty")).ToBeVisibleAsync();

        // The asker opens a thread with a poll.
        await asker.GotoAsync("/forum/new");
        await asker.SelectOptionAsync("#Input_Category", "drugs-and-devices");
        await asker.FillAsync("#Input_Title", "Switching from apixaban in CKD stage 4?");
        await asker.FillAsync("#Input_Body", $"Patient on apixaban with eGFR 18. Has anyone tried {Marker} instead, or is warfarin still the safer choice?");
        await asker.ClickAsync(".poll-editor summary");
        await asker.FillAsync("#Input_PollQuestion", "What do you use for AF with eGFR under 20?");
        var options = asker.Locator(".poll-editor .options input");
        await options.Nth(0).FillAsync("Apixaban 2.5 mg bid");
        await options.Nth(1).FillAsync("Warfarin");
        await asker.ClickAsync("[data-add-option]");
        await options.Nth(2).FillAsync("Nothing: left atrial appendage closure");
        await ForumBrowser.ScreenshotAsync(asker, "new-thread");
        await asker.ClickAsync("#new-thread > button[type=submit]");
        await Expect(asker.Locator("#title")).ToHaveTextAsync("Switching from apixaban in CKD stage 4?");
        var threadUrl = asker.Url;

        // The answerer replies (with markup that must render as text), answers the poll and sees the results.
        await answerer.GotoAsync(threadUrl);
        await answerer.FillAsync("#reply textarea", $"<script>alert('xss')</script> We keep apixaban 2.5 bid; never used {Marker}.");
        await answerer.ClickAsync("#reply button");
        var answer = answerer.Locator("article.answer").First;
        await Expect(answer.Locator(".body")).ToContainTextAsync("<script>alert('xss')</script>");
        (await answerer.Locator("article script").CountAsync()).Should().Be(0, "a post is HTML-encoded, never markup");
        await answerer.CheckAsync("#poll-vote input[value='1']");
        await answerer.ClickAsync("#poll-vote button");
        await Expect(answerer.Locator("#poll ul.results li")).ToHaveCountAsync(3);

        // The asker votes the answer up, accepts it, and answers the poll.
        await asker.GotoAsync(threadUrl);
        await asker.Locator("article.answer").First.GetByRole(AriaRole.Button, new() { Name = "Vote up" }).ClickAsync();
        await Expect(asker.Locator("article.answer .score").First).ToHaveTextAsync("1");
        await asker.Locator("article.answer").First.GetByRole(AriaRole.Button, new() { Name = "Accept answer" }).ClickAsync();
        await Expect(asker.Locator("article.answer.accepted")).ToHaveCountAsync(1);
        await asker.CheckAsync("#poll-vote input[value='2']");
        await asker.ClickAsync("#poll-vote button");
        await Expect(asker.Locator("#poll .muted").First).ToContainTextAsync("2 votes");
        await ForumBrowser.ScreenshotAsync(asker, "thread");
        await asker.GotoAsync("/forum");
        await Expect(asker.Locator("#threads li")).ToHaveCountAsync(1);
        await ForumBrowser.ScreenshotAsync(asker, "threads");

        // Anonymous visitors get the sign-in page, never the thread.
        var anonymous = await _browser.NewMemberAsync();
        await anonymous.GotoAsync(threadUrl);
        anonymous.Url.Should().Contain("/forum/signin");
        (await anonymous.ContentAsync()).Should().NotContain(Marker).And.NotContain("apixaban");
        await ForumBrowser.ScreenshotAsync(anonymous, "signin");

        await IngestCycleAsync();
        var before = await QueryAsync();
        before.Should().HaveCount(2, "both members' posts are in the analysts' index");

        await asker.GotoAsync("/forum/settings");
        await asker.ClickAsync("#analytics button");
        await Expect(asker.Locator("#analytics")).ToContainTextAsync("You are opted out");
        await ForumBrowser.ScreenshotAsync(asker, "settings");

        await IngestCycleAsync();
        var after = await QueryAsync();
        after.Should().ContainSingle("the opted-out member's posts left the index in one cycle").Which.Should().BeOneOf(before);
        (await IndexedAsync("\"never used\"")).Should().HaveCount(1, "the answerer's post stays");
    }

    private async Task IngestCycleAsync() =>
        await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);

    private Task<List<string>> QueryAsync() => IndexedAsync(Marker);

    /// <summary>
    /// Post ids the index holds for <paramref name="query"/>, read from the index itself: the analysts' verb refuses a
    /// match from fewer than k authors (P12), as every match of this two-member thread is.
    /// </summary>
    private async Task<List<string>> IndexedAsync(string query)
    {
        var index = _served.Services.GetRequiredService<ISearchIndex>();
        var result = await index.SearchAsync(new SearchRequest(QueryParser.Parse(query), Aggregations: false), CancellationToken.None);
        return result.Hits.Select(h => h.PostId).ToList();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>A valid NPI (Luhn over the 80840 prefix) from a seed, like a real registration would give.</summary>
    internal static string Npi(int seed)
    {
        var body = (200_000_000 + seed).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(d => body + d).Single(Sermo.Forum.Members.NpiNumber.IsValid);
    }
}
