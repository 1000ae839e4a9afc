using System.Net;
using System.Text.Json;
using Sermo.Analytics.Query;
using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Http;

/// <summary>Bad search parameters are 400/422 problems naming what is wrong, never a 500 or a silent reading.</summary>
// The served web app logs to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class SearchParameterTests : IAsyncLifetime
{
    private ServedDataFolder _served = null!;

    /// <summary>As an analyst (a portal analyst key): other callers are refused 401/403 whatever the parameters (privacy rule P6).</summary>
    public async Task InitializeAsync()
    {
        _served = await ServedDataFolder.StartAsync();
        var analyst = await _served.KeyAsync("analyst@sermo.test", Sermo.Portal.Access.PortalRoles.Analyst);
        _served.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", analyst.Key);
    }

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Theory]
    [InlineData("q=a&q=b", "Repeated parameter", "q")]
    [InlineData("q=a&size=1&size=2", "Bad request", "size")]
    [InlineData("q=a&qq=b", "Unknown parameter", "qq")]
    [InlineData("q=a&size=abc", "Bad request", "size")]
    [InlineData("q=a&from=2026-13-01", "Bad request", "from")]
    [InlineData("q=a&cursor=zzz", "Bad cursor", "zzz")]
    public async Task Search_BadParameter_BadRequestNamingIt(string query, string title, string named)
    {
        var response = await _served.Http.GetAsync("/api/search?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(response);
        problem.GetProperty("title").GetString().Should().Be(title);
        problem.GetRawText().Should().Contain(named);
    }

    [Fact]
    public async Task Search_NinetySixOredTerms_AnsweredNot500()
    {
        var response = await _served.Http.GetAsync("/api/search?q=" + Uri.EscapeDataString(HostileQueries.OrChain("eliquis", 96)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Search_OverTheClauseLimit_RefusedNamingThePosition()
    {
        var query = HostileQueries.OrChain("eliquis", QueryParser.MaxClauses + 1);

        var response = await _served.Http.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(response)).GetProperty("position").GetInt32().Should().Be(query.LastIndexOf(HostileQueries.Absent(QueryParser.MaxClauses), StringComparison.Ordinal) + 1);
    }

    [Fact]
    public async Task Search_SizeZero_NoCursorThatNeverAdvances()
    {
        await SeedAsync();

        var response = await _served.Http.GetAsync("/api/search?q=eliquis&size=0");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        result.RootElement.GetProperty("total").GetInt64().Should().BeGreaterThan(0);
        result.RootElement.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    private async Task SeedAsync()
    {
        var drop = Path.Combine(_served.Folder, "drop", "seed.jsonl");
        // Six authors: a match from fewer than k = 5 is refused (privacy rule P12).
        await File.WriteAllLinesAsync(drop, Enumerable.Range(0, 6).Select(i =>
            $$"""{"id":"s{{i}}","author":"m{{i}}","createdAt":"2026-03-0{{i + 1}}T10:00:00Z","text":"Eliquis question {{i}}"}"""));
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Sermo.Ingest.Pipeline.IngestCycle>(_served.Services).RunAsync(CancellationToken.None);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
