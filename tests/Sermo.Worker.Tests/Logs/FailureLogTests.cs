using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Jobs;
using Sermo.Worker.Tests.Http;
using Sermo.Worker.Tests.Reports;

namespace Sermo.Worker.Tests.Logs;

/// <summary>
/// Decision 115: failures carry no report id, topic word of one, watchlist term or query text into a log line or into
/// what Hangfire stores of a failed job. A report id names a topic a client watches (`weekly-obesity-pulse`); before,
/// a report file that failed with a 500 logged its path (`/api/clients/contoso/reports/weekly-obesity-pulse-2026-W11/…`)
/// and the framework logged the exception, whose message named the file, and Hangfire stored a failed report job's
/// message naming the report's folder (the dashboard shows it, `report` prints it).
/// </summary>
[Collection("Console")]
public sealed class FailureLogTests : IDisposable
{
    private const string ClientId = "contoso";
    private const string ReportId = "weekly-obesity-pulse";
    private const string MissingReportId = "daily-oncology-watch";
    private const string QueryText = "semaglutide shortage";

    /// <summary>The words that say what the client watches: the report ids' topic words and the watchlist's label and matches.</summary>
    private static readonly string[] Secrets = [ReportId, MissingReportId, "obesity", "pulse", "oncology", "watch", "Wegovy", "semaglutide", "shortage"];

    private static readonly DateTimeOffset Now = new(2026, 3, 20, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDataFolder _data = new("failure-logs", create: false);
    private readonly CapturedLog _log = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ReportFileRequest_FailsWith500_LogNamesRouteTemplateNotReportIdQueryOrTopic()
    {
        await using (var served = await ServedDataFolder.StartAsync(TraceSettings(), _data,
            s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)).AddSingleton<ILoggerProvider>(_log)))
        {
            var folder = await SeedAndPublishAsync(served.Services);
            var key = await served.Services.GetRequiredService<IClientApiKeys>().IssueAsync(ClientId, Now, CancellationToken.None);
            // The file cannot be opened (a folder where it was; root reads any file): the request fails inside the endpoint.
            var file = Path.Combine(_data, "outbox", ClientId, folder, "heatmap.csv");
            File.Delete(file);
            Directory.CreateDirectory(file);
            using var request = new HttpRequestMessage(HttpMethod.Get,
                $"/api/clients/{ClientId}/reports/{folder}/heatmap.csv?q={Uri.EscapeDataString(QueryText)}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

            using var answer = await served.Http.SendAsync(request);

            answer.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        }

        var text = _log.Text;
        text.Should().Contain("Request GET /api/clients/{client}/reports/{report}/{file} failed", "the line names the route's template");
        text.Should().Contain("UnauthorizedAccessException").And.Contain(ReportLogName.For(ReportId),
            "the exception is logged, its path naming the report's folder by log name");
        SecretsIn(text).Should().BeEmpty("no report id, topic word, watchlist term or query text is logged");
    }

    [Fact]
    public async Task ReportJob_OutboxFolderCannotBeWrittenOrReportMissing_LogAndStoredFailureCarryNoReportIdOrTopic()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>(TraceSettings()) { ["Jobs:Retries"] = "1", ["Jobs:FirstRetryDelay"] = "00:00:00.200" },
            s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)).AddSingleton<ILoggerProvider>(_log), JobHostRole.RunNow);
        Directory.CreateDirectory(_data);
        var folder = await SeedAndPublishAsync(host.Services);
        // A file where the run's folder goes: publishing the re-run cannot move its staging folder into place.
        var published = Path.Combine(_data, "outbox", ClientId, folder);
        Directory.Delete(published, recursive: true);
        await File.WriteAllTextAsync(published, "not a folder");
        await host.StartAsync();
        var jobs = host.Services.GetRequiredService<ForegroundJobs>();
        var day = Monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var faulted = jobs.Enqueue<ClientReportJob>(j => j.RunNowAsync(ClientId, ReportId, day, CancellationToken.None));
        var fault = (await FluentActions.Awaiting(() => jobs.WaitAsync<ReportRun>(faulted, CancellationToken.None)).Should().ThrowAsync<JobFailedException>()).Which;
        var missing = jobs.Enqueue<ClientReportJob>(j => j.RunNowAsync(ClientId, MissingReportId, day, CancellationToken.None));
        var badInput = (await FluentActions.Awaiting(() => jobs.WaitAsync<ReportRun>(missing, CancellationToken.None)).Should().ThrowAsync<JobFailedException>()).Which;
        var stored = StoredFailureText(host, faulted) + "\n" + StoredFailureText(host, missing);
        await host.StopAsync();

        fault.BadInput.Should().BeFalse();
        badInput.BadInput.Should().BeTrue("a missing report is still bad input once its text is redacted");
        fault.Message.Should().Contain(ReportLogName.For(ReportId), "the stored message names the folder it could not create by log name");
        badInput.Message.Should().Contain(ReportLogName.For(MissingReportId));
        stored.Should().Contain("Retry 1 of 1", "the retry's reason quotes the failure, redacted");
        SecretsIn(stored).Should().BeEmpty("Hangfire's stored failure text (dashboard, verbs) names no report id or topic");
        SecretsIn(_log.Text).Should().BeEmpty("no log line names a report id or topic");
        (await host.Services.GetRequiredService<IReportRunLog>().ListAsync(ClientId, 10, CancellationToken.None))
            .Should().Contain(r => r.ReportId == ReportId && r.Status == ReportRunStatus.Failed, "the run history keeps the id: it is the operator's key");
    }

    /// <summary>Every reason and every data value of every state Hangfire recorded for the job: what /jobs shows of its failure.</summary>
    private static string StoredFailureText(Microsoft.Extensions.Hosting.IHost host, string jobId)
    {
        var details = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId);
        return string.Join('\n', details.History.SelectMany(s => s.Data.Values.Prepend(s.Reason ?? "")));
    }

    private static Dictionary<string, string?> TraceSettings() => new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Hangfire"] = "Trace",
    };

    private static List<string> SecretsIn(string text) => Secrets
        .Where(w => Regex.IsMatch(text, $"(?<![A-Za-z0-9]){Regex.Escape(w)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase))
        .ToList();

    /// <summary>A client watching Wegovy with a weekly report named after its topic, and one run of it published.</summary>
    /// <returns>The run's folder name.</returns>
    private static async Task<string> SeedAndPublishAsync(IServiceProvider services)
    {
        var registry = services.GetRequiredService<IClientRegistry>();
        await registry.UpsertAsync(new ClientRecord(ClientId, "Contoso", "pharma", 5,
            new Watchlist(ClientId, "Contoso", "pharma", [new WatchlistTerm("Wegovy", ["wegovy", "semaglutide"])]),
            $$"""[{ "id": "{{ReportId}}", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week", "formats": ["csv"], "lookback": 4 }]"""),
            CancellationToken.None);
        var posts = Enumerable.Range(0, 4)
            .SelectMany(week => Enumerable.Range(1, 8).Select(i => new TaggedPost(
                $"forum:w{week}p{i}", "forum", $"author-{i}", Monday.AddDays(-7 * week).AddHours(i), "endocrinology", "TX",
                $"Wegovy titration note {i} of week {week}.", 0, [], [], Sermo.Analytics.Tagging.Sentiment.Neutral, 0)))
            .ToArray();
        await services.GetRequiredService<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await services.GetRequiredService<IHeatMapCube>().RollupAsync(CancellationToken.None);
        var client = (await registry.GetAsync(ClientId, CancellationToken.None))!;
        var run = await services.GetRequiredService<ClientReportRunner>().RunAsync(
            client, ReportDefinition.ParseAll(ClientId, client.ReportsJson).Single(), DateOnly.FromDateTime(Monday.UtcDateTime), CancellationToken.None);
        return Path.GetFileName(run.Folder);
    }
}
