using System.Net;
using Sermo.Forum.Conversation;

namespace Sermo.Forum.Web.Tests;

/// <summary>ASP.NET Core's rate limiter on sign-in and posting, with limits lowered through configuration.</summary>
public sealed class ForumRateLimitTests : IAsyncLifetime
{
    private ForumHost _host = null!;

    public async Task InitializeAsync() => _host = await ForumHost.StartAsync(new Dictionary<string, string?>
    {
        ["Forum:Web:SignInsPerMinute"] = "3",
        ["Forum:Web:PostsPerMinute"] = "2",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SignIn_FourthAttemptInAMinute_TooManyRequests()
    {
        using var client = _host.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await ForumHost.PostFormAsync(client, "/forum/signin", new() { ["Email"] = "x@example.org", ["Password"] = "wrong password" })).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/forum/signin")).StatusCode.Should().Be(HttpStatusCode.OK, "reading the page is not limited");
    }

    [Fact]
    public async Task Reply_ThirdInAMinute_TooManyRequestsAndNotStored()
    {
        var author = await _host.MemberAsync("StatLab", 1);
        var thread = await _host.Service<Posting>().CreateThreadAsync(author, new("cases", "Rate limit thread", "Question", null), default);
        using var client = _host.Client();
        await _host.SignInAsync(client, 1);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var page = $"/forum/thread/{thread}";
            statuses.Add((await ForumHost.PostFormAsync(client, page, new() { ["body"] = $"Reply {i}" }, page + "?handler=Reply")).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests);
        (await _host.Service<ThreadReader>().GetAsync(thread, author, default))!.Posts.Should().HaveCount(3, "the question and two replies");
    }
}
