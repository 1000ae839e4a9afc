using System.Net;
using System.Text.RegularExpressions;
using Sermo.Forum.Conversation;

namespace Sermo.Forum.Web.Tests;

/// <summary>The forum's pages over real Kestrel: who sees what, encoding, antiforgery, cookies, headers.</summary>
public sealed partial class ForumPagesSecurityTests : IAsyncLifetime
{
    private ForumHost _host = null!;

    public async Task InitializeAsync() => _host = await ForumHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/forum")]
    [InlineData("/forum/thread/t-anything")]
    [InlineData("/forum/settings")]
    [InlineData("/forum/search?q=apixaban")]
    [InlineData("/forum/admin/members")]
    public async Task Anonymous_AnyMemberPage_RedirectedToSignIn(string path)
    {
        using var client = _host.Client();

        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        new Uri(_host.Address, response.Headers.Location!).PathAndQuery.Should().StartWith("/forum/signin");
    }

    [Fact]
    public async Task Anonymous_ThreadOfARealPost_NeverSeesItsText()
    {
        var author = await _host.MemberAsync("StatLab", 1);
        var thread = await _host.Service<Posting>().CreateThreadAsync(author, new("cases", "Secret case title", "Secret case body", null), default);
        using var client = _host.Client();

        var response = await client.GetAsync($"/forum/thread/{thread}");
        var signIn = await client.GetStringAsync(response.Headers.Location);

        (await response.Content.ReadAsStringAsync()).Should().NotContain("Secret case");
        signIn.Should().Contain("Sign in").And.NotContain("Secret case");
    }

    [Fact]
    public async Task Pages_CspWithoutInlineScript_AndNoInlineScriptStyleOrHandlersInTheMarkup()
    {
        await _host.MemberAsync("StatLab", 1);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        foreach (var path in new[] { "/forum/signin", "/forum/register", "/forum", "/forum/new", "/forum/settings", "/forum/search?q=x" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            csp.Should().Contain("script-src 'self'").And.Contain("style-src 'self'").And.NotContain("unsafe-inline").And.Contain("frame-ancestors 'none'");
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            var html = await response.Content.ReadAsStringAsync();
            InlineScript().IsMatch(html).Should().BeFalse($"{path} has an inline <script>");
            html.Should().NotContain(" style=").And.NotContainAny(" onclick=", " onload=", " onsubmit=");
            html.Should().NotContain("http://", "no CDN or other origin is referenced");
        }
    }

    [Fact]
    public async Task SignIn_Cookie_HttpOnlySameSiteStrictScopedToTheForum()
    {
        await _host.MemberAsync("StatLab", 1);
        using var client = _host.Client();

        var response = await ForumHost.PostFormAsync(client, "/forum/signin", new() { ["Email"] = "web1@example.org", ["Password"] = "correct horse battery" });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sermo.forum=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/forum");
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Refused()
    {
        await _host.MemberAsync("StatLab", 1);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        var response = await client.PostAsync("/forum/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Category"] = "cases", ["Input.Title"] = "Forged thread", ["Input.Body"] = "Posted from another site",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _host.Service<ThreadReader>().ListAsync(null, 0, 10, default)).Should().BeEmpty();
    }

    [Fact]
    public async Task PostWithMarkup_RenderedAsTextInListThreadAndSearch()
    {
        var author = await _host.MemberAsync("StatLab", 1);
        var thread = await _host.Service<Posting>().CreateThreadAsync(author,
            new("cases", "<script>alert('title')</script> warfarin", "<img src=x onerror=alert(1)> warfarin <b>bold</b>", null), default);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        foreach (var path in new[] { "/forum", $"/forum/thread/{thread}", "/forum/search?q=warfarin" })
        {
            var html = await client.GetStringAsync(path);
            html.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.NotContain("<b>bold", path);
            html.Should().Contain("&lt;script&gt;", path);
        }
    }

    [Fact]
    public async Task Unverified_SignedIn_SentToTheAccessPageInsteadOfThreads()
    {
        await _host.MemberAsync("StatLab", 1, approve: false);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        var response = await client.GetAsync("/forum");
        var access = await client.GetStringAsync("/forum/access");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        new Uri(_host.Address, response.Headers.Location!).PathAndQuery.Should().StartWith("/forum/access");
        access.Should().Contain("Awaiting verification");
    }

    [Fact]
    public async Task Member_AdminQueue_NotAvailable()
    {
        await _host.MemberAsync("StatLab", 1);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        var response = await client.GetAsync("/forum/admin/members");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        new Uri(_host.Address, response.Headers.Location!).PathAndQuery.Should().StartWith("/forum/access");
    }

    [Fact]
    public async Task Export_DownloadsOwnDataAsJson()
    {
        var author = await _host.MemberAsync("StatLab", 1);
        await _host.Service<Posting>().CreateThreadAsync(author, new("careers", "Moving to part time", "Any regrets?", null), default);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        var response = await client.GetAsync("/forum/settings?handler=Export");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("sermo-forum-my-data.json");
        var json = await response.Content.ReadAsStringAsync();
        json.Should().Contain("\"pseudonym\": \"StatLab\"").And.Contain("Any regrets?").And.Contain("web1@example.org");
    }

    [Fact]
    public async Task Settings_SignedInMember_PromisesOnlyWhatTheNoiseAndTheScrubberDo()
    {
        // Privacy rule P3 releases a cell when its noisy author count reaches k, so a shown count can come from fewer than
        // five physicians: the consent text may promise the noisy threshold only. The scrubber finds most identifiers on
        // unseen text, not all (docs/anonymizer.md), so the text may not say they are all removed.
        await _host.MemberAsync("StatLab", 1);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        var html = await client.GetStringAsync("/forum/settings");

        html.Should().Contain("blurred with random noise").And.Contain("noisy number of");
        html.Should().NotContain("only where at least five physicians contributed");
        html.Should().Contain("it misses some").And.NotContain("identifiers removed");
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
