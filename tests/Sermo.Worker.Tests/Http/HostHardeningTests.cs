using System.Net;
using System.Net.Http.Headers;
using Sermo.Portal.Access;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// The `serve` host's limits and headers on the real pipeline: a CSP without inline script or style and frame denial on
/// portal pages and API answers, a request body past the limit refused with 413, requests per API key limited (429)
/// without touching another key, and API errors as problem+json.
/// </summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class HostHardeningTests : IAsyncLifetime
{
    private ServedDataFolder _served = null!;

    public async Task InitializeAsync() => _served = await ServedDataFolder.StartAsync(new Dictionary<string, string?>
    {
        ["Portal:Access:RequestsPerMinute"] = "5",
        ["Serve:MaxRequestBodyBytes"] = "65536",
    });

    public Task DisposeAsync() => _served.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/portal/signin", "script-src 'self'")]
    [InlineData("/api/search?q=eliquis", "default-src 'none'")]
    [InlineData("/api/no-such-endpoint", "default-src 'none'")]
    [InlineData("/health", "script-src 'self'")]
    public async Task Response_AnyPortalOrApiPath_CspWithoutInlineScriptFrameDenialNosniff(string path, string sources)
    {
        var response = await _served.Http.GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain(sources).And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
        csp.Split(';').Should().NotContain(d => d.Contains("script-src", StringComparison.Ordinal) && !d.Trim().Equals("script-src 'self'", StringComparison.Ordinal));
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_413AndNothingProcessed()
    {
        using var content = new ByteArrayContent(new byte[200_000]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await _served.Http.PostAsync(new Uri("/portal/signin", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ApiKey_OverItsRequestsPerMinute_429ThenAnotherKeyStillServed()
    {
        var first = await KeyAsync("analyst-1@sermo.test");
        var second = await KeyAsync("analyst-2@sermo.test");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await SearchAsync(first)).StatusCode);
        }

        statuses.Take(5).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        statuses[5].Should().Be(HttpStatusCode.TooManyRequests);
        (await SearchAsync(second)).StatusCode.Should().Be(HttpStatusCode.OK, "each key has its own budget");
    }

    [Fact]
    public async Task ApiKey_OverItsRequestsPerMinute_429AnsweredAsProblemJson()
    {
        var key = await KeyAsync("analyst-3@sermo.test");
        for (var i = 0; i < 5; i++)
        {
            (await SearchAsync(key)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var refused = await SearchAsync(key);

        // The forum's limiter answered every 429 of the host, the API's too, as its own text/plain page.
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        refused.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task ApiError_NoSuchRoute_ProblemJsonWithoutExceptionDetail()
    {
        var response = await _served.Http.GetAsync(new Uri("/api/no-such-endpoint", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().NotContain(" at ").And.NotContain("Exception");
    }

    private async Task<string> KeyAsync(string email) => (await _served.KeyAsync(email, PortalRoles.Analyst)).Key;

    private async Task<HttpResponseMessage> SearchAsync(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=eliquis");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _served.Http.SendAsync(request);
    }
}
