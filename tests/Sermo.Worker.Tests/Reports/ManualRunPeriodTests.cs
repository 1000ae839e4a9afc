using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sermo.Reports.Outbox;
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
}
