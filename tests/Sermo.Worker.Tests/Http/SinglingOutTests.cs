using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Posts;
using Sermo.Portal.Access;
using Sermo.Storage.Search;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// Privacy rule P12 on the product paths: an ad-hoc query narrowing to fewer than k distinct authors, through
/// <c>/api/search</c> and the <c>query</c> verb, answers no count and no excerpt, and each attempt is in the audit.
/// </summary>
[Collection("Console")]
public sealed class SinglingOutTests
{
    private static readonly DateTimeOffset Monday = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Attack_RareSpecialtyInSmallState_ApiAndVerbRefuseAndTheAuditHasWhoWhenQueryAndWhy()
    {
        await using var served = await ServedDataFolder.StartAsync();
        var analyst = await served.KeyAsync("analyst@sermo.test", PortalRoles.Analyst);
        var index = served.Services.GetRequiredService<ISearchIndex>();
        var posts = Enumerable.Range(0, 6).Select(i => Post($"neph-{i}", $"n{i}", "nephrology", "TX", "Eliquis dosing in dialysis")).ToList();
        posts.Add(Post("lone", "lone", "nephrology", "WY", "Eliquis for my dialysis patient, the only nephrologist in Cody"));
        await index.IndexAsync(posts, CancellationToken.None);
        const string Rare = "eliquis specialty:nephrology state:WY";

        var api = await SearchAsync(served, analyst.Key, Rare);
        var verb = await CliRun.RunAsync("query", Rare, "--data", served.Folder, "--json");
        var broad = await SearchAsync(served, analyst.Key, "eliquis specialty:nephrology");

        api.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await api.Content.ReadAsStringAsync();
        body.Should().NotContain("Cody").And.NotContain("lone");
        var answer = JsonDocument.Parse(body).RootElement;
        answer.GetProperty("refused").GetString().Should().Contain("fewer than k = 5");
        answer.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Null);
        answer.GetProperty("hits").GetArrayLength().Should().Be(0);
        verb.Exit.Should().Be(0, verb.Error);
        verb.Output.Should().NotContain("Cody");
        JsonDocument.Parse(verb.Output).RootElement.GetProperty("refused").GetString().Should().NotBeNull();
        JsonDocument.Parse(await broad.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt64().Should().Be(7);

        var audit = await served.Services.GetRequiredService<ISearchRefusals>().ListAsync(10, CancellationToken.None);
        audit.Select(r => (r.AskedBy, r.Query)).Should().Equal(($"cli:{Environment.UserName}", Rare), ($"api:{analyst.KeyId}", Rare));
        audit.Should().OnlyContain(r => r.Reason.Contains("fewer than k", StringComparison.Ordinal)
            && r.AskedAt > DateTimeOffset.UtcNow.AddMinutes(-5) && r.AskedAt <= DateTimeOffset.UtcNow);
        var listed = await CliRun.RunAsync("report", "refusals", "--data", served.Folder);
        listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2).And.OnlyContain(line => line.Contains(Rare, StringComparison.Ordinal));
    }

    private static TaggedPost Post(string id, string author, string specialty, string state, string text) =>
        new(id, "test", author, Monday, specialty, state, text, 0, [], [], Sermo.Analytics.Tagging.Sentiment.Neutral, 0);

    private static Task<HttpResponseMessage> SearchAsync(ServedDataFolder served, string key, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=" + Uri.EscapeDataString(query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return served.Http.SendAsync(request);
    }
}
