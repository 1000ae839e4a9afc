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
using Sermo.Portal.Access;
using Sermo.Storage.ReportRuns;
using Sermo.Storage.Search;
using Sermo.Worker.Http;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// /api/search is the analysts' tool (privacy rule P6): on the `serve` host it answers only an account with the analyst
/// role; no credentials is 401 and any other role 403, both on the refusal audit. An index the API cannot use answers
/// 503 with its one line, never a 500 with a stack trace.
/// </summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class SearchEndpointTests
{
    [Fact]
    public async Task Search_OnlyTheAnalystRole_OthersRefusedAndAudited()
    {
        await using var served = await ServedDataFolder.StartAsync();
        var legacyClientKey = await served.Services.GetRequiredService<IClientApiKeys>().IssueAsync("acme", DateTimeOffset.UnixEpoch, CancellationToken.None);
        var clientKey = (await served.KeyAsync("robot@acme.clients.test", PortalRoles.Client, "acme")).Key;
        var operatorKey = (await served.KeyAsync("ops@sermo.test", PortalRoles.Operator, null)).Key;
        var analystKey = (await served.KeyAsync("analyst@sermo.test", PortalRoles.Analyst, null)).Key;

        var none = await SearchAsync(served, null);
        var wrong = await SearchAsync(served, analystKey + "x");
        var legacy = await SearchAsync(served, legacyClientKey);
        var client = await SearchAsync(served, clientKey);
        var operatorRole = await SearchAsync(served, operatorKey);
        var analyst = await SearchAsync(served, analystKey);

        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        legacy.StatusCode.Should().Be(HttpStatusCode.Forbidden, "a client's report key is not an analyst's");
        client.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        operatorRole.StatusCode.Should().Be(HttpStatusCode.Forbidden, "roles do not nest");
        analyst.StatusCode.Should().Be(HttpStatusCode.OK);
        // An empty store matches fewer than k authors: the analyst's answer is refused (P12), the others never got that far.
        JsonDocument.Parse(await analyst.Content.ReadAsStringAsync()).RootElement.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Null);
        var refused = await served.Services.GetRequiredService<AccessRefusals>().ListAsync(20, CancellationToken.None);
        refused.Where(r => r.Path.StartsWith("/api/search", StringComparison.Ordinal)).Should().HaveCount(5);
    }

    [Fact]
    public async Task Search_IndexUnavailable_503ProblemWithTheOneLine()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new RecordedSearchRefusals().Guard(new UnreachableIndex()));
        builder.Services.AddSearchAdmission();
        builder.Services.AddProblemDetails();
        await using var app = builder.Build();
        app.MapSearch();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=eliquis");

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
