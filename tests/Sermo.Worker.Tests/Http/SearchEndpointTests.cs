using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// /api/search is the analysts' tool (privacy rule P6): it answers only with the analyst key from configuration, and
/// not at all (404) when none is configured; the `query` verb stays the local way in.
/// </summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class SearchEndpointTests
{
    private const string AnalystKey = "analyst-key-for-the-search-endpoint-tests";

    [Fact]
    public async Task Search_NoAnalystKeyConfigured_NotFoundButTheQueryVerbStillAnswersLocally()
    {
        await using var served = await ServedDataFolder.StartAsync();
        await served.Sermo.Services.GetRequiredService<IClientReadAudit>().ListAsync(null, 1, CancellationToken.None); // creates the database

        var response = await served.Http.GetAsync(new Uri("/api/search?q=eliquis", UriKind.Relative));
        var local = await CliRun.RunAsync("query", "eliquis", "--data", served.Folder, "--json");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        local.Exit.Should().Be(0, local.Error);
        JsonDocument.Parse(local.Output).RootElement.GetProperty("total").GetInt64().Should().Be(0);
    }

    [Fact]
    public async Task Search_WithoutTheAnalystKey_UnauthorizedWhateverElseIsSent()
    {
        await using var served = await ServedDataFolder.StartAsync(new Dictionary<string, string?> { ["Analyst:Key"] = AnalystKey });
        var clientKey = await served.Sermo.Services.GetRequiredService<IClientApiKeys>().IssueAsync("acme", DateTimeOffset.UnixEpoch, CancellationToken.None);

        var none = await SearchAsync(served, null);
        var wrong = await SearchAsync(served, AnalystKey + "x");
        var client = await SearchAsync(served, clientKey);
        var analyst = await SearchAsync(served, AnalystKey);

        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        client.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a client's report key is not an analyst key");
        analyst.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await analyst.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt64().Should().Be(0);
    }

    private static Task<HttpResponseMessage> SearchAsync(ServedDataFolder served, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=eliquis");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return served.Http.SendAsync(request);
    }
}
