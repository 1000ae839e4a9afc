using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Access;
using Sermo.Portal.Alerts;
using Sermo.Portal.Tests.Web;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Alerts;

/// <summary>
/// Alerts over a real cube and real sockets: a spike on the newest day of acme's released daily heat map goes out as a
/// signed webhook (to a Kestrel receiver that checks the signature itself) and as an e-mail (to an SMTP sink), at most
/// once per term and day; a failing webhook is retried and every attempt is on the delivery log; the client manages
/// it all on its portal page, and another client cannot.
/// </summary>
public sealed class AlertDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Newest = new(2026, 3, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly SmtpSink _smtp = new();
    private readonly ConcurrentQueue<(string Timestamp, string Signature, byte[] Body)> _webhooks = new();
    private int _webhookFailuresLeft;
    private WebApplication _receiver = null!;
    private string _webhookUrl = null!;
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _receiver = await StartReceiverAsync();
        _host = await PortalHost.StartAsync(new Dictionary<string, string?>
        {
            ["Portal:Alerts:SmtpHost"] = "127.0.0.1",
            ["Portal:Alerts:SmtpPort"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            // The loopback sink speaks plain SMTP only: chosen here, as a dev setup with a local catcher must.
            ["Portal:Alerts:SmtpSecurity"] = nameof(SmtpSecurity.None),
            ["Portal:Alerts:From"] = "alerts@sermo.test",
        });
        await SeedAsync(_host);
    }

    /// <summary>
    /// Clients acme and beta watching Eliquis, a spike on the newest day of a rolled-up cube, and a signed-in account
    /// for each client (ana@acme.test, bob@beta.test).
    /// </summary>
    internal static async Task SeedAsync(PortalHost host)
    {
        var clients = host.Service<IClientRegistry>();
        foreach (var id in new[] { "acme", "beta" })
        {
            await clients.UpsertAsync(new ClientRecord(id, id + " Pharma", "pharma", 5,
                new Watchlist(id, id + " Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]), "[]"), CancellationToken.None);
        }

        // Eight physicians a day for eleven days, then sixty on the newest day: a spike far above the term's own days.
        var posts = Enumerable.Range(1, 11).SelectMany(d => Enumerable.Range(1, 8).Select(i => Post($"forum:d{d}-{i}", $"author-{d}-{i}", Newest.AddDays(d - 12).AddMinutes(i))))
            .Concat(Enumerable.Range(1, 60).Select(i => Post($"forum:spike{i}", $"author-s{i}", Newest.AddMinutes(i))))
            .ToArray();
        await host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await host.Service<IHeatMapCube>().RollupAsync(CancellationToken.None);
        await host.AccountAsync(PortalRoles.Client, "acme", email: "ana@acme.test");
        await host.AccountAsync(PortalRoles.Client, "beta", email: "bob@beta.test");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Evaluate_SpikeOnNewestDay_SignedWebhookAndEmailDeliveredAndOnlyOnceThatDay()
    {
        var subscriptions = _host.Service<AlertSubscriptions>();
        await subscriptions.SaveRuleAsync("acme", "Eliquis", AlertKinds.Spike, 3, CancellationToken.None);
        var secret = await subscriptions.SetWebhookAsync("acme", _webhookUrl, CancellationToken.None);
        await subscriptions.SetEmailAsync("acme", "ana@acme.test", CancellationToken.None);

        var deliveries = await _host.Service<AlertEvaluator>().EvaluateAsync(CancellationToken.None);
        foreach (var delivery in deliveries)
        {
            (await _host.Service<AlertSender>().SendAsync(delivery, CancellationToken.None)).Should().BeTrue();
        }

        deliveries.Should().HaveCount(2);
        var (timestamp, signature, body) = _webhooks.Should().ContainSingle().Subject;
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret!), Encoding.ASCII.GetBytes(timestamp + ".").Concat(body).ToArray()));
        signature.Should().Be(expected, "the receiver checks the HMAC over timestamp, dot and body with the secret it was shown");
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("term").GetString().Should().Be("Eliquis");
        json.GetProperty("day").GetString().Should().Be("2026-03-20");
        json.GetProperty("reasons")[0].GetProperty("kind").GetString().Should().Be("spike");
        json.GetProperty("distinctAuthors").GetInt32().Should().BeGreaterThanOrEqualTo(5);
        Encoding.UTF8.GetString(body).Should().NotContain("author-").And.NotContain("forum:");
        // A bound only a lost delivery reaches, not a judgement of speed on a loaded machine.
        await _smtp.Received.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var mail = _smtp.Messages.Should().ContainSingle().Subject;
        mail.To.Should().Equal("ana@acme.test");
        mail.Data.Should().Contain("Subject: Sermo alert: Eliquis on 2026-03-20").And.Contain("spike").And.NotContain("author-");

        (await _host.Service<AlertEvaluator>().EvaluateAsync(CancellationToken.None)).Should().BeEmpty("a term alerts at most once a day");
        (await _host.Service<AlertLog>().AttemptsAsync("acme", 10, CancellationToken.None))
            .Select(a => (a.Channel, a.Outcome)).Should().BeEquivalentTo([(AlertLog.Webhook, AlertLog.Delivered), (AlertLog.Email, AlertLog.Delivered)]);
    }

    [Fact]
    public async Task Send_WebhookFailsOnce_ThrowsForTheRetryThenDeliversAndEveryAttemptIsLogged()
    {
        var subscriptions = _host.Service<AlertSubscriptions>();
        await subscriptions.SaveRuleAsync("acme", "Eliquis", AlertKinds.Spike, 3, CancellationToken.None);
        await subscriptions.SetWebhookAsync("acme", _webhookUrl, CancellationToken.None);
        _webhookFailuresLeft = 1;
        var delivery = (await _host.Service<AlertEvaluator>().EvaluateAsync(CancellationToken.None)).Single();
        var sender = _host.Service<AlertSender>();

        var first = () => sender.SendAsync(delivery, CancellationToken.None);

        await first.Should().ThrowAsync<AlertDeliveryException>().WithMessage("*answered 503*");
        (await sender.SendAsync(delivery, CancellationToken.None)).Should().BeTrue();
        (await sender.SendAsync(delivery, CancellationToken.None)).Should().BeFalse("a delivered alert is not sent again");
        (await _host.Service<AlertLog>().AttemptsAsync("acme", 10, CancellationToken.None))
            .Select(a => (a.Attempt, a.Outcome)).Should().Equal((2, AlertLog.Delivered), (1, AlertLog.Failed));
    }

    [Fact]
    public async Task AlertsPage_ClientSavesARuleAndWebhook_SecretShownOnceBadInput400AndOtherClient403()
    {
        using var ana = await _host.SignedInBrowserAsync("ana@acme.test");

        var saved = await PostAsync(ana, "Rule", new() { ["term"] = "Eliquis", ["kind"] = AlertKinds.SentimentSwing, ["threshold"] = "0.4" });
        var tooBig = await PostAsync(ana, "Rule", new() { ["term"] = "Eliquis", ["kind"] = AlertKinds.SentimentSwing, ["threshold"] = "3" });
        var notWatched = await PostAsync(ana, "Rule", new() { ["term"] = "Xarelto", ["kind"] = AlertKinds.Spike, ["threshold"] = "3" });
        var plainHttp = await PostAsync(ana, "Webhook", new() { ["url"] = "http://example.com/hook" });
        var webhook = await PostAsync(ana, "Webhook", new() { ["url"] = _webhookUrl });
        var again = await ana.GetStringAsync("/portal/clients/acme/alerts");

        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await saved.Content.ReadAsStringAsync()).Should().Contain("<td>sentiment-swing</td>");
        tooBig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooBig.Content.ReadAsStringAsync()).Should().Contain("at most 2");
        notWatched.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        plainHttp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await webhook.Content.ReadAsStringAsync()).Should().Contain("id=\"webhook-secret\"").And.Contain("whsec_");
        again.Should().NotContain("whsec_", "the secret is shown once");
        (await _host.Service<AlertSubscriptions>().ListRulesAsync("acme", CancellationToken.None)).Should().ContainSingle()
            .Which.Threshold.Should().Be(0.4);

        using var bob = await _host.SignedInBrowserAsync("bob@beta.test");
        var other = await bob.GetAsync(new Uri("/portal/clients/acme/alerts", UriKind.Relative));
        var otherPost = await PostAsync(bob, "Rule", new() { ["term"] = "Eliquis", ["kind"] = AlertKinds.Spike, ["threshold"] = "3" }, tokenFrom: "/portal/clients/beta/alerts");
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        otherPost.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _host.Service<AlertSubscriptions>().ListRulesAsync("acme", CancellationToken.None)).Should().ContainSingle();
    }

    private static TaggedPost Post(string id, string author, DateTimeOffset at) =>
        new(id, "forum", author, at, "cardiology", "TX", $"Eliquis note {id}.", 0, [], [], Sentiment.Neutral, 0);

    /// <summary>Posts one of the acme alerts page's forms as the browser would, with the antiforgery token of the page it read.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string handler, Dictionary<string, string> fields, string tokenFrom = "/portal/clients/acme/alerts")
    {
        fields["__RequestVerificationToken"] = PortalHost.AntiforgeryToken(await browser.GetStringAsync(tokenFrom));
        return await browser.PostAsync(new Uri($"/portal/clients/acme/alerts?handler={handler}", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private async Task<WebApplication> StartReceiverAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            if (Interlocked.Decrement(ref _webhookFailuresLeft) >= 0)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _webhooks.Enqueue((request.Headers[WebhookSignature.TimestampHeader].ToString(), request.Headers[WebhookSignature.SignatureHeader].ToString(), body.ToArray()));
            return Results.NoContent();
        });
        await app.StartAsync();
        _webhookUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook";
        return app;
    }
}
