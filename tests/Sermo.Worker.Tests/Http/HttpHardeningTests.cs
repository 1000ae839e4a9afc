using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sermo.Worker.Tests.Http;

/// <summary>What every answer of `serve` shares, over real Kestrel: problem+json errors, the Host check, security headers.</summary>
// The served web app logs to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class HttpHardeningTests : IAsyncLifetime
{
    private const string Token = "push-token-for-the-hardening-tests";
    private ServedDataFolder _served = null!;

    public async Task InitializeAsync() =>
        _served = await ServedDataFolder.StartAsync(new Dictionary<string, string?> { ["Ingest:Push:Token"] = Token, ["Ingest:Push:MaxBatchBytes"] = "4096" });

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.evil.example:5080")]
    public async Task Request_ForAnotherHostName_RefusedAsDnsRebinding(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/portal/signin");
        request.Headers.Host = host;

        var response = await _served.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ProblemAsync(response)).GetProperty("title").GetString().Should().Be("Host not served");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Request_ForALoopbackName_Served(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/portal/signin");
        request.Headers.Host = host + ":" + _served.Address.Port;

        (await _served.Http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryAnswer_CarriesTheSecurityHeadersAndNoServerName()
    {
        var response = await _served.Http.GetAsync("/api/no-such-endpoint");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.Contain("frame-ancestors 'none'")
            .And.NotContain("unsafe-inline");
        response.Headers.Server.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/api/search?q=eliquis&cursor=")]
    [InlineData("/api/nothing-here?x=")]
    [InlineData("/forum?page=")]
    public async Task Request_TargetOverTheApisLimit_ProblemJson414NotKestrelsEmptyOne(string prefix)
    {
        var response = await _served.Http.GetAsync(prefix + new string('z', 9_000));

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        (await ProblemAsync(response)).GetProperty("title").GetString().Should().Be("Request target too long");
    }

    [Fact]
    public async Task Request_HeadersOverTheApisLimit_ProblemJson431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/portal/signin");
        request.Headers.Add("X-Padding", new string('h', 40_000));

        var response = await _served.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
        (await ProblemAsync(response)).GetProperty("title").GetString().Should().Be("Request headers too large");
    }

    [Fact]
    public async Task UnknownRoute_ProblemJsonNotAnEmptyBody()
    {
        var response = await _served.Http.GetAsync("/api/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Push_DeclaredLengthOverTheLimit_DocumentedProblemNotKestrelsEmpty413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/posts")
        {
            Content = new ByteArrayContent(new byte[10_000]) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-ndjson") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await _served.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var problem = await ProblemAsync(response);
        problem.GetProperty("reason").GetString().Should().Be("batch-too-large");
        problem.GetProperty("detail").GetString().Should().Contain("Ingest:Push:MaxBatchBytes");
    }

    [Fact]
    public async Task Push_ChunkedBodyOverTheLimit_DocumentedProblem()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 10_000))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/posts") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        request.Headers.TransferEncodingChunked = true;

        var response = await _served.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ProblemAsync(response)).GetProperty("reason").GetString().Should().Be("batch-too-large");
        Directory.GetFiles(Path.Combine(_served.Folder, "drop")).Should().BeEmpty();
    }

    [Fact]
    public async Task Failure_InsideAnEndpoint_ProblemWithTraceIdAndNoStackTrace()
    {
        (await SearchAsAnalystAsync("eliquis")).StatusCode.Should().Be(HttpStatusCode.OK);
        _served.Scalar("DROP TABLE posts_fts");

        // Another term: a repeated one may be answered from the match cache, which only post changes end (decision 069).
        var response = await SearchAsAnalystAsync("xarelto");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain(" at ").And.NotContain("Sqlite").And.NotContain("posts_fts");
        (await ProblemAsync(response)).GetProperty("traceId").GetString().Should().NotBeNullOrEmpty();
    }

    private async Task<HttpResponseMessage> SearchAsAnalystAsync(string term)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q={term}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await _served.KeyAsync($"analyst-{Guid.NewGuid():N}@sermo.test", Sermo.Portal.Access.PortalRoles.Analyst)).Key);
        return await _served.Http.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
