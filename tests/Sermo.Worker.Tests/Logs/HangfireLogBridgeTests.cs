using Microsoft.Extensions.Logging;
using Sermo.Reports.Schedules;
using Sermo.Worker.Jobs;
using HangfireLog = Hangfire.Logging;

namespace Sermo.Worker.Tests.Logs;

/// <summary>
/// Hangfire's own log lines reach Sermo's log through <see cref="HangfireLogBridge"/>, which forwards to the newest live
/// host: the class runs alone so no other test's host takes its lines.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireLogBridgeCollection
{
    public const string Name = "HangfireLogBridge";
}

[Collection(HangfireLogBridgeCollection.Name)]
public sealed class HangfireLogBridgeTests
{
    private const string ReportId = "monthly-obesity-by-state";

    [Fact]
    public void Log_RecurringJobCannotBeScheduled_ReportIdByItsLogName()
    {
        var lines = LogThroughBridge(
            HangfireLog.LogLevel.Warn,
            $"Recurring job 'report:contoso/{ReportId}' can not be scheduled due to an exception.",
            new InvalidOperationException($"Timeout expired for lock 'client-report:contoso/{ReportId}'"));

        lines.Should().ContainSingle().Which.Should()
            .NotContain("obesity")
            .And.Contain($"report:contoso/{ReportLogName.For(ReportId)}")
            .And.Contain($"client-report:contoso/{ReportLogName.For(ReportId)}")
            .And.Contain(nameof(InvalidOperationException));
    }

    [Fact]
    public void Log_LineWithoutReportKey_PassedAsHangfireWroteIt()
    {
        var error = new TimeoutException("Server heartbeat missed");

        var lines = LogThroughBridge(HangfireLog.LogLevel.Error, "Server sermo-1 was considered dead", error);

        lines.Should().ContainSingle().Which.Should().Be($"Error: Hangfire.Server.ServerWatchdog: Server sermo-1 was considered dead {error}");
    }

    [Theory]
    [InlineData("report:contoso/io", "report:contoso/")]
    [InlineData("job 'report:fabrikam-capital/weekly.anticoagulants-v2' failed", "job 'report:fabrikam-capital/")]
    public void Redact_ReportKey_ReportPartReplaced(string text, string kept)
    {
        var redacted = HangfireJobKeyText.Redact(text);

        redacted.Should().StartWith(kept).And.Contain("report-").And.NotContain("anticoagulants").And.NotEndWith("/io");
    }

    private static IReadOnlyList<string> LogThroughBridge(HangfireLog.LogLevel level, string message, Exception exception)
    {
        var captured = new CapturedLog();
        using var factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(captured));
        using (new HangfireLogBridge.Attachment(factory))
        {
            var category = level == HangfireLog.LogLevel.Warn ? "Hangfire.Server.RecurringJobScheduler" : "Hangfire.Server.ServerWatchdog";
            HangfireLogBridge.Instance.GetLogger(category).Log(level, () => message, exception).Should().BeTrue();
        }

        return captured.Lines;
    }
}
