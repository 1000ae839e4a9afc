using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Clients;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Reports.Rerendering;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Tests.Http;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// Privacy rules 3 and 4 through the report API, on a real store (SQLite or PostgreSQL, per subclass) and a real outbox:
/// a past report that quoted a member who then opts out is re-rendered without the quote before it is served, every read
/// attempt is audited, and a client reads nothing of another's.
/// </summary>
public abstract class ClientReportApiContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 8, 30, 0, TimeSpan.Zero);

    private readonly TempDataFolder _data = new("report-api", create: false);
    private ServedDataFolder _served = null!;
    private string _reportName = null!;

    private IServiceProvider Services => _served.Services;

    public async Task InitializeAsync()
    {
        _served = await ServedDataFolder.StartAsync(
            await StoreSettingsAsync(), _data, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        _reportName = await QuotedReportScenario.SeedAsync(_served.Services);
    }

    public Task DisposeAsync() => _served.DisposeAsync().AsTask();

    /// <summary>Settings that put the host's store on the backend under test (an empty store each test).</summary>
    protected abstract Task<Dictionary<string, string?>> StoreSettingsAsync();

    [Fact]
    public async Task Serve_AuthorOptedOutAfterReport_ReRenderedWithoutTheirExcerptAndReadAudited()
    {
        (await File.ReadAllTextAsync(Path.Combine(_data, "outbox", "acme", _reportName, "report.html"))).Should().Contain("quokka", "the report quoted them");
        var key = await IssueKeyAsync("acme");

        await OptOutAsync("author-optout");
        var html = await GetAsync(key, $"/api/clients/acme/reports/{_reportName}/report.html");

        html.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Headers.CacheControl!.NoStore.Should().BeTrue();
        var body = await html.Content.ReadAsStringAsync();
        body.Should().NotContain("quokka").And.Contain("Eliquis dosing note 2 of week 0", "the other excerpts stay");
        var manifestText = await (await GetAsync(key, $"/api/clients/acme/reports/{_reportName}/manifest.json")).Content.ReadAsStringAsync();
        var manifest = JsonDocument.Parse(manifestText).RootElement;
        manifest.GetProperty("rerenderedAt").GetDateTimeOffset().Should().Be(Now);
        manifest.GetProperty("reason").GetString().Should().Be(ReportRerenderer.Reason);
        manifestText.Should().NotContain("forum:p").And.NotContain("author-");
        var reads = await Services.GetRequiredService<IClientReadAudit>().ListAsync("acme", 10, CancellationToken.None);
        reads.Should().ContainEquivalentOf(new { ClientId = "acme", Resource = $"reports/{_reportName}/report.html", Outcome = "served", ReadAt = Now });
        (await Services.GetRequiredService<IReportRunLog>().ListStaleAsync("acme", CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task Serve_ListOfCurrentReports_RerenderedFirstAndAudited()
    {
        var key = await IssueKeyAsync("acme");
        await OptOutAsync("author-optout");

        var list = await GetAsync(key, "/api/clients/acme/reports");

        list.StatusCode.Should().Be(HttpStatusCode.OK);
        var reports = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement;
        reports.GetArrayLength().Should().Be(1);
        reports[0].GetProperty("name").GetString().Should().Be(_reportName);
        reports[0].GetProperty("manifest").GetProperty("rerenderedAt").GetDateTimeOffset().Should().Be(Now);
        (await Services.GetRequiredService<IClientReadAudit>().ListAsync("acme", 10, CancellationToken.None))
            .Should().ContainSingle(r => r.Resource == "reports" && r.Outcome == "served");
    }

    [Fact]
    public async Task Serve_AnotherClientsKeyOrNoKey_RefusedAndNothingOfTheReportSent()
    {
        var beta = await IssueKeyAsync("beta");

        var otherPath = await GetAsync(beta, $"/api/clients/acme/reports/{_reportName}/report.html");
        var ownPathOtherFolder = await GetAsync(beta, $"/api/clients/beta/reports/{_reportName}/report.html");
        var traversal = await GetAsync(beta, "/api/clients/beta/reports/..%2Facme%2F" + _reportName + "/report.html");
        var noKey = await GetAsync(null, $"/api/clients/acme/reports/{_reportName}/report.html");
        var badKey = await GetAsync("sermo_not-a-key", "/api/clients/acme/reports");

        otherPath.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ownPathOtherFolder.StatusCode.Should().Be(HttpStatusCode.NotFound);
        traversal.StatusCode.Should().Be(HttpStatusCode.NotFound);
        noKey.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        badKey.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        foreach (var response in new[] { otherPath, ownPathOtherFolder, traversal, noKey, badKey })
        {
            (await response.Content.ReadAsStringAsync()).Should().NotContain("Eliquis");
        }

        // Every attempt is audited under the client whose reports the path names, with the caller the key proved.
        var reads = await Services.GetRequiredService<IClientReadAudit>().ListAsync("acme", 10, CancellationToken.None);
        reads.Should().ContainEquivalentOf(new { ClientId = "acme", Caller = "beta", Resource = $"reports/{_reportName}/report.html", Outcome = "denied" });
        reads.Should().ContainEquivalentOf(new { ClientId = "acme", Caller = (string?)null, Resource = $"reports/{_reportName}/report.html", Outcome = "no-key" });
        reads.Should().ContainEquivalentOf(new { ClientId = "acme", Caller = (string?)null, Resource = "reports", Outcome = "no-key" });
        (await Services.GetRequiredService<IClientReadAudit>().ListAsync("beta", 10, CancellationToken.None))
            .Should().ContainEquivalentOf(new { ClientId = "beta", Caller = "beta", Resource = $"reports/{_reportName}/report.html", Outcome = "not-found" });
    }

    [Fact]
    public async Task Serve_ReRenderFails_AnswersErrorAndTheReadIsAuditedAnyway()
    {
        var key = await IssueKeyAsync("acme");
        await OptOutAsync("author-optout");
        // The outbox cannot take the re-render: a file where its staging folder must go (root ignores permissions).
        var clientFolder = Path.Combine(_data, "outbox", "acme");
        var staging = Path.Combine(_data, "outbox", ".staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        await File.WriteAllTextAsync(staging, "not a folder");
        try
        {
            var response = await GetAsync(key, $"/api/clients/acme/reports/{_reportName}/report.html");

            response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
            (await response.Content.ReadAsStringAsync()).Should().NotContain("quokka").And.NotContain(" at Sermo.", "no stack trace reaches the caller");
        }
        finally
        {
            File.Delete(staging);
        }

        Directory.Exists(clientFolder).Should().BeTrue();
        (await Services.GetRequiredService<IClientReadAudit>().ListAsync("acme", 10, CancellationToken.None))
            .Should().ContainEquivalentOf(new { ClientId = "acme", Caller = "acme", Resource = $"reports/{_reportName}/report.html", Outcome = "failed" });
    }

    [Fact]
    public async Task Rerender_KilledMidWrite_OldReportIntactAndStillStaleThenNextServeFixesIt()
    {
        await OptOutAsync("author-optout");
        var folder = Path.Combine(_data, "outbox", "acme", _reportName);
        var before = await File.ReadAllBytesAsync(Path.Combine(folder, "report.html"));
        var outbox = Options.Create(new ReportOptions { OutboxPath = Path.Combine(_data, "outbox") });
        var crashing = new ReportRerenderer(
            Services.GetRequiredService<IReportRunLog>(),
            new ReportWriter([new HeatMapCsvWriter(), new CrashingHtmlRenderer()], outbox, NullLogger<ReportWriter>.Instance),
            Services.GetRequiredService<Sermo.Storage.Excerpts.IPostExcerpts>(),
            new FakeTimeProvider(Now), outbox, NullLogger<ReportRerenderer>.Instance);

        var act = () => crashing.RerenderStaleAsync("acme", CancellationToken.None);

        await act.Should().ThrowAsync<IOException>().WithMessage("*killed*");
        (await File.ReadAllBytesAsync(Path.Combine(folder, "report.html"))).Should().Equal(before);
        (await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"))).Should().NotContain("rerenderedAt");
        (await Services.GetRequiredService<IReportRunLog>().ListStaleAsync("acme", CancellationToken.None)).Should().ContainSingle();
        Directory.EnumerateFileSystemEntries(Path.Combine(_data, "outbox", ".staging")).Should().BeEmpty();

        var served = await GetAsync(await IssueKeyAsync("acme"), $"/api/clients/acme/reports/{_reportName}/report.html");
        (await served.Content.ReadAsStringAsync()).Should().NotContain("quokka");
    }

    [Fact]
    public async Task RerenderVerb_StaleReport_RewrittenInPlaceForFileDownloads()
    {
        await OptOutAsync("author-optout");

        var done = await Services.GetRequiredService<ReportRerenderer>().RerenderStaleAsync(null, CancellationToken.None);

        done.Should().Be(1);
        (await File.ReadAllTextAsync(Path.Combine(_data, "outbox", "acme", _reportName, "report.html"))).Should().NotContain("quokka");
        (await Services.GetRequiredService<ReportRerenderer>().RerenderStaleAsync(null, CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task HeatMapApi_OwnKey_TheReleasedMapThePageShowsAndEveryReadAudited()
    {
        var key = await IssueKeyAsync("acme");

        var response = await GetAsync(key, "/api/clients/acme/heatmap?interval=week");
        var unknown = await GetAsync(key, "/api/clients/acme/heatmap?interval=hour");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var released = (await Services.GetRequiredService<ClientHeatMapReader>().ReadAsync("acme", BucketInterval.Week, CancellationToken.None))!.Map!;
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Be(JsonSerializer.Serialize(released, Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        body.Should().NotContain("author-").And.NotContain("forum:p");
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var reads = await Services.GetRequiredService<IClientReadAudit>().ListAsync("acme", 10, CancellationToken.None);
        reads.Should().ContainEquivalentOf(new { ClientId = "acme", Resource = "heatmap/week", Outcome = "served" })
            .And.ContainEquivalentOf(new { ClientId = "acme", Resource = "heatmap/hour", Outcome = "not-found" });
    }

    private Task OptOutAsync(string authorKey) => QuotedReportScenario.OptOutAsync(Services, authorKey);

    private Task<string> IssueKeyAsync(string clientId) => Services.GetRequiredService<IClientApiKeys>().IssueAsync(clientId, Now, CancellationToken.None);

    private Task<HttpResponseMessage> GetAsync(string? key, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return _served.Http.SendAsync(request);
    }

    /// <summary>Writes part of the HTML and then dies, as a killed process would mid-render.</summary>
    private sealed class CrashingHtmlRenderer : IReportFileRenderer
    {
        public string Format => ReportFormats.Html;

        public string FileName => "report.html";

        public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
        {
            await output.WriteAsync("<!DOCTYPE html><html><body>half"u8.ToArray(), cancellationToken);
            throw new IOException("killed mid-render");
        }
    }
}
