using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sermo.Reports.Delivery;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// docs/privacy.md P13 for runs asked for by hand: <c>sermo report</c> without <c>--as-of</c> used to report the period
/// ending today, so an operator's run in the middle of a week released that open week to the client, and the next
/// scheduled report released it again, whole.
/// </summary>
public sealed class ManualRunPeriodTests : IDisposable
{
    /// <summary>Wednesday, 09:00 UTC: the ISO week of March 9 is open, the week of March 2 ended on Sunday the 8th.</summary>
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 11, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDataFolder _data = new("manual-run");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task RunNow_WithoutAsOfMidWeek_ReportsUpToTheWeekThatEnded()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>(), s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Wednesday)), JobHostRole.RunNow);
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", "0 6 * * MON"));
        await host.StartAsync();
        var jobs = host.Services.GetRequiredService<ForegroundJobs>();

        await jobs.RunAsync<ClientReportJob, ReportRun>(j => j.RunNowAsync("acme", "weekly", null, CancellationToken.None), CancellationToken.None);

        var runs = await ReportHosts.RunsAsync(host);
        await host.StopAsync();
        runs.Should().ContainSingle().Which.Period.Should().EndWith("2026-03-08", "the open week of March 9 is not released");
    }

    [Fact]
    public async Task RunNow_AsOfInsideTheOpenWeek_RefusedNamingTheBucketAndTheLatestDayAllowed()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>(), s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Wednesday)), JobHostRole.RunNow);
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", "0 6 * * MON"));
        await host.StartAsync();
        var jobs = host.Services.GetRequiredService<ForegroundJobs>();

        var run = () => jobs.RunAsync<ClientReportJob, ReportRun>(j => j.RunNowAsync("acme", "weekly", "2026-03-11", CancellationToken.None), CancellationToken.None);

        var refused = (await run.Should().ThrowAsync<JobFailedException>()).Which;
        await host.StopAsync();
        refused.BadInput.Should().BeTrue();
        refused.Message.Should().Contain("open week 2026-03-09..2026-03-15").And.Contain("latest day allowed now is 2026-03-08").And.Contain("--allow-open-bucket");
        Directory.Exists(Path.Combine(_data, "outbox", "acme")).Should().BeFalse("nothing of the open week reaches the client's outbox");
    }

    [Fact]
    public async Task RunInternal_AsOfInsideTheOpenWeek_WrittenOutsideTheOutboxMarkedAndNeverServed()
    {
        var settings = new Dictionary<string, string?> { ["Reports:InternalPath"] = Path.Combine(_data, "internal-reports") };
        using var host = ReportHosts.Build(_data, settings, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Wednesday)), JobHostRole.RunNow);
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", "0 6 * * MON", "\"csv\", \"xlsx\", \"html\", \"svg\""));
        await host.StartAsync();
        var jobs = host.Services.GetRequiredService<ForegroundJobs>();

        var run = await jobs.RunAsync<ClientReportJob, ReportRun>(j => j.RunInternalAsync("acme", "weekly", "2026-03-11", CancellationToken.None), CancellationToken.None);
        var served = await host.Services.GetRequiredService<ClientReportReader>().ListAsync("acme", CancellationToken.None);
        var history = await ReportHosts.RunsAsync(host);
        await host.StopAsync();

        Path.GetFullPath(run.Folder).Should().StartWith(Path.Combine(_data, "internal-reports", "acme") + Path.DirectorySeparatorChar);
        Path.GetFileName(run.Folder).Should().EndWith("-internal");
        var manifest = await ReportManifest.ReadAsync(run.Folder, CancellationToken.None);
        manifest!.Release.Should().Be(ReportContent.InternalMark);
        manifest.Period.To.Should().Be(new DateOnly(2026, 3, 15), "the internal run includes the open week");
        // Decision 105: every file says so inside itself, read as a person reads it, so a copy out of the folder does too.
        Directory.GetFiles(run.Folder).Where(f => Path.GetFileName(f) != ReportWriter.ManifestFileName).Should().HaveCount(4)
            .And.OnlyContain(f => Sermo.Worker.Tests.EndToEnd.ReportText.Read(f).Contains("INTERNAL — NOT FOR RELEASE"));
        served.Should().BeEmpty("the client API and portal read the outbox only");
        history.Should().ContainSingle().Which.Error.Should().StartWith(ReportContent.InternalMark);
    }
}
