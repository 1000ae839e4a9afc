using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Ingest.Pipeline;

namespace Sermo.Worker.Tests.Http;

/// <summary>The HTTP push source over real Kestrel and a real SQLite data folder: push, then one ingest cycle stores it.</summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class PushEndpointTests : IAsyncLifetime
{
    private const string Token = "push-token-for-the-endpoint-tests";
    private ServedDataFolder _served = null!;

    private HttpClient Http => _served.Http;

    public async Task InitializeAsync() =>
        _served = await ServedDataFolder.StartAsync(new Dictionary<string, string?> { ["Ingest:Push:Token"] = Token });

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Push_ThenIngestCycle_GoodLinesStoredScrubbedAndBadLineDeadLettered()
    {
        var body = string.Join('\n',
            """{"id":"a1","author":"partner-member-9","createdAt":"2026-03-04T10:00:00Z","specialty":"cardiology","state":"TX","text":"Started Eliquis, patient's daughter can be reached at 512-555-0199."}""",
            """{"id":"a2","author":"partner-member-9","createdAt":"2026-03-04T11:00:00Z","text":""}""");

        var response = await PushAsync(body, Token);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        receipt.RootElement.GetProperty("accepted").GetInt32().Should().Be(1);
        receipt.RootElement.GetProperty("rejected")[0].GetProperty("reason").GetString().Should().Be("empty-text");

        var summary = await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);

        summary.Inserted.Should().Be(1);
        summary.DeadLettered.Should().Be(1);
        var text = Scalar("SELECT text FROM posts WHERE post_id = 'drop:a1'");
        text.Should().Contain("Eliquis").And.Contain("[PHONE]").And.NotContain("555-0199");
        Scalar("SELECT reason FROM dead_letters").Should().Be("empty-text");
        Scalar("SELECT COUNT(*) FROM posts WHERE author_key LIKE '%partner-member-9%'").Should().Be("0");
    }

    [Fact]
    public async Task Push_WithoutOrWithWrongToken_Unauthorized()
    {
        (await PushAsync("{}", token: null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await PushAsync("{}", token: Token + "x")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        Directory.GetFiles(Path.Combine(_served.Folder, "drop")).Should().BeEmpty();
    }

    [Fact]
    public async Task Push_PlainJsonContentType_UnsupportedMediaTypeNamingTheAcceptedOnes()
    {
        using var content = new StringContent("[]", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/posts") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).Should().Contain("application/x-ndjson");
    }

    private async Task<HttpResponseMessage> PushAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/posts")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    private string? Scalar(string sql) => _served.Scalar(sql);
}
