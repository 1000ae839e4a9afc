using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;
using Sermo.Portal.Operations;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// "Replay after fix" on the operators' page: the button replays exactly the source and reason it stands beside, through
/// the host's replayer (the Worker's, tested with the verb); a form without its antiforgery token changes nothing.
/// </summary>
public sealed class OperatorReplayTests : IAsyncLifetime
{
    private readonly RecordingReplayer _replayer = new();
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync(services: s => s.AddSingleton<IDeadLetterReplayer>(_replayer));
        var store = _host.Service<IIngestStore>();
        await store.CommitAsync(new IngestBatch("forum", "cursor-42", [], [], [],
        [
            new DeadLetter("forum", "41", "missing-author", "no author field", null),
            new DeadLetter("forum", "40", "missing-author", "no author field", null),
            new DeadLetter("forum", "39", "text-too-large", "too long", null),
        ]), CancellationToken.None);
        await store.CommitAsync(new IngestBatch("drop:posts.jsonl", "17", [], [], [],
            [new DeadLetter("drop:posts.jsonl", "3", "missing-author", "line 3", null)]), CancellationToken.None);
        await _host.AccountAsync(PortalRoles.Operator, email: "ops@sermo.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Replay_ForumMissingAuthor_ReplaysThoseRowsOnlyAndShowsWhatHappened()
    {
        var (response, page) = await ReplayAsync("forum", "missing-author");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("Replay after fix");
        _replayer.Replayed.Should().ContainSingle().Which.Select(r => (r.Source, r.Reason, r.Position))
            .Should().Equal(("forum", "missing-author", "41"), ("forum", "missing-author", "40"));
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"replay-result\"").And.Contain("replayed 2 of 2 rows: 1 posts stored");
    }

    [Fact]
    public async Task Replay_WithoutAntiforgeryToken_RefusedAndNothingReplayed()
    {
        using var ops = _host.Browser();
        await PortalHost.SignInAsync(ops, "ops@sermo.test", PortalHost.Password);

        var response = await ops.PostAsync("/portal/operator?handler=Replay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["source"] = "forum",
            ["reason"] = "missing-author",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _replayer.Replayed.Should().BeEmpty();
    }

    [Fact]
    public async Task Replay_NothingWaitingForThatReason_BadRequestWithTheReason()
    {
        var (response, _) = await ReplayAsync("push", "missing-author");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("no dead letters of push for missing-author");
        _replayer.Replayed.Should().BeEmpty();
    }

    /// <summary>Signs the operator in, opens the page and posts its replay form for one source and reason.</summary>
    private async Task<(HttpResponseMessage Response, string Page)> ReplayAsync(string source, string reason)
    {
        using var ops = _host.Browser();
        await PortalHost.SignInAsync(ops, "ops@sermo.test", PortalHost.Password);
        var page = await ops.GetStringAsync("/portal/operator");
        var response = await ops.PostAsync("/portal/operator?handler=Replay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["source"] = source,
            ["reason"] = reason,
            ["__RequestVerificationToken"] = PortalHost.AntiforgeryToken(page),
        }));
        await response.Content.LoadIntoBufferAsync();
        return (response, page);
    }
}
