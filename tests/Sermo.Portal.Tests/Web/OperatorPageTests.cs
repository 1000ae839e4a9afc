using System.Net;
using System.Text.Json;
using Sermo.Portal.Access;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>The operators' page and its JSON: ingest checkpoints per source and dead letters counted by reason, never their text.</summary>
public sealed class OperatorPageTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        var store = _host.Service<IIngestStore>();
        await store.CommitAsync(new IngestBatch("forum", "cursor-42", [], [], [],
        [
            new DeadLetter("forum", "41", "missing-author", "no author field", "secret excerpt one"),
            new DeadLetter("forum", "40", "missing-author", "no author field", "secret excerpt two"),
        ]), CancellationToken.None);
        await store.CommitAsync(new IngestBatch("drop:posts.jsonl", "17", [], [], [],
            [new DeadLetter("drop:posts.jsonl", "3", "malformed-json", "line 3", null)]), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task IngestApi_Operator_CheckpointsAndDeadLetterCountsWithoutTheirText()
    {
        var response = await _host.GetAsync("/api/operator/ingest", await _host.KeyAsync(PortalRoles.Operator));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("secret excerpt").And.NotContain("no author field");
        var status = JsonDocument.Parse(body).RootElement;
        status.GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("source").GetString(), s.GetProperty("cursor").GetString()))
            .Should().BeEquivalentTo([("drop:posts.jsonl", "17"), ("forum", "cursor-42")]);
        status.GetProperty("deadLetters").EnumerateArray().Select(d => (d.GetProperty("source").GetString(), d.GetProperty("reason").GetString(), d.GetProperty("count").GetInt64()))
            .Should().Equal(("forum", "missing-author", 2L), ("drop:posts.jsonl", "malformed-json", 1L));
    }

    [Fact]
    public async Task OperatorPage_SignedInOperator_ShowsHealthSourcesAndDeadLettersAnalystForbidden()
    {
        await _host.AccountAsync(PortalRoles.Operator, email: "ops@sermo.test");
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
        using var ops = _host.Browser();
        using var analyst = _host.Browser();
        await PortalHost.SignInAsync(ops, "ops@sermo.test", PortalHost.Password);
        await PortalHost.SignInAsync(analyst, "ana@sermo.test", PortalHost.Password);

        var page = await ops.GetStringAsync("/portal/operator");
        var refused = await analyst.GetAsync("/portal/operator");

        page.Should().Contain("<td>forum</td>").And.Contain("<td>missing-author</td>").And.Contain("<td>drop:posts.jsonl</td>")
            .And.Contain("id=\"health-status\"").And.Contain("<td>store</td>").And.NotContain("secret excerpt");
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
