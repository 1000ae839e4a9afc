using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Posts;
using Sermo.Storage.ReportRuns;
using Sermo.Storage.Search;
using Sermo.Worker.Http;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// /api/search is the analysts' tool (privacy rule P6): it answers only with the analyst key from configuration, and
/// not at all (404) when none is configured; the `query` verb stays the local way in. An index the API cannot use
/// answers 503 with its one line, never a 500 with a stack trace.
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
        // An empty store matches fewer than k authors: refused and audited like any singling-out attempt (P12).
        JsonDocument.Parse(local.Output).RootElement.GetProperty("refused").GetString().Should().Contain("fewer than k");
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
        JsonDocument.Parse(await analyst.Content.ReadAsStringAsync()).RootElement.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Search_IndexUnavailable_503ProblemWithTheOneLine()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new RecordedSearchRefusals().Guard(new UnreachableIndex()));
        builder.Services.AddSearchAdmission();
        builder.Services.AddSingleton(new AnalystAccessOptions { Key = AnalystKey });
        builder.Services.AddProblemDetails();
        await using var app = builder.Build();
        app.MapSearch();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=eliquis");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AnalystKey);

        var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().Be(UnreachableIndex.Line);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(" at Sermo.");
        await app.StopAsync();
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

    private sealed class UnreachableIndex : ISearchIndex
    {
        public const string Line = "Elasticsearch at http://es.test:9200/ is unreachable (GET /): Connection refused";

        public Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
            throw new SearchIndexUnavailableException(Line);
    }
}
