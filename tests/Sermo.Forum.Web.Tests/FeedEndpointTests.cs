using System.Net;
using System.Net.Http.Headers;
using Sermo.Forum.Conversation;
using Sermo.Forum.Feed;

namespace Sermo.Forum.Web.Tests;

/// <summary><c>GET /api/forum/feed</c> for a forum deployed apart, read back by the HTTP feed client the ingest source uses.</summary>
public sealed class FeedEndpointTests : IAsyncLifetime
{
    private ForumHost _host = null!;

    public async Task InitializeAsync() => _host = await ForumHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Feed_WithoutOrWithWrongToken_Unauthorized()
    {
        using var client = new HttpClient { BaseAddress = _host.Address };

        (await client.GetAsync("/api/forum/feed")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ForumHost.FeedToken + "x");
        (await client.GetAsync("/api/forum/feed")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/forum/feed/handles")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Feed_TokenUnset_NotFound()
    {
        await using var off = await ForumHost.StartAsync(new Dictionary<string, string?> { ["Forum:Feed:Token"] = "" });
        using var client = new HttpClient { BaseAddress = off.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "");

        (await client.GetAsync("/api/forum/feed")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HttpClient_ReadsTheSamePagesAsInProcess_AuthorsAsTokensOnly()
    {
        var author = await _host.MemberAsync("StatLab", 1);
        var thread = await _host.Service<Posting>().CreateThreadAsync(author, new("cases", "Feed over HTTP", "First post", null), default);
        var reply = await _host.Service<Posting>().ReplyAsync(author, thread, "Second post", default);
        await _host.Service<Posting>().EditAsync(author, reply, "Second post, edited", null, default);
        using var http = new HttpClient { BaseAddress = _host.Address };
        var remote = new ForumFeedHttpClient(http, ForumHost.FeedToken);

        var overHttp = await remote.ReadAsync(0, 2, default);
        var rest = await remote.ReadAsync(overHttp.NextCursor, 100, default);
        var inProcess = await _host.Service<ForumChangeFeed>().ReadAsync(0, 100, default);

        overHttp.HasMore.Should().BeTrue();
        overHttp.Changes.Concat(rest.Changes).Should().BeEquivalentTo(inProcess.Changes, o => o.WithStrictOrdering());
        rest.Changes.Last().Kind.Should().Be(ForumChangeKind.PostEdited);
        (await remote.GetMemberHandlesAsync(default)).Should().Contain("StatLab");
        var raw = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/forum/feed?after=0&limit=100")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", ForumHost.FeedToken) },
        });
        (await raw.Content.ReadAsStringAsync()).Should().NotContain(author).And.NotContain("StatLab").And.NotContain("web1@").And.Contain("\"postEdited\"");
    }

    [Fact]
    public async Task Feed_LimitOutOfRange_BadRequest()
    {
        using var client = new HttpClient { BaseAddress = _host.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ForumHost.FeedToken);

        (await client.GetAsync("/api/forum/feed?limit=0")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/forum/feed?after=-1")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Feed_NonNumberParameters_UnauthorizedWithoutTokenAndProblemWithIt()
    {
        using var client = new HttpClient { BaseAddress = _host.Address };

        // Without the token the caller learns nothing, whatever it sends.
        (await client.GetAsync("/api/forum/feed?limit=abc")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ForumHost.FeedToken);
        foreach (var query in new[] { "limit=abc", "after=1e3", "after=99999999999999999999", "limit= 5" })
        {
            var response = await client.GetAsync("/api/forum/feed?" + query);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, query);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", query);
        }
    }
}
