using Microsoft.Extensions.Options;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;

namespace Sermo.Reports.Tests;

/// <summary>Decision 115: failure text about a report, as logs and Hangfire's store keep it.</summary>
public sealed class ReportLogTextTests
{
    private const string Outbox = "/srv/sermo/outbox";
    private const string Internal = "/srv/sermo/internal-reports";

    private static readonly ReportLogText Text = new(Options.Create(new ReportOptions { OutboxPath = Outbox, InternalPath = Internal }));

    [Theory]
    [InlineData("monthly-obesity-by-state-2026-11", "-2026-11")]
    [InlineData("weekly-incretins-2026-W45", "-2026-W45")]
    [InlineData("daily-io-watch-2026-11-03", "-2026-11-03")]
    [InlineData("monthly-obesity-by-state-2026-11-01_2026-11-20-internal", "-2026-11-01_2026-11-20-internal")]
    public void FolderName_RunFolder_ReportPartByLogNamePeriodKept(string folder, string rest)
    {
        var id = folder[..^rest.Length];

        ReportLogText.FolderName(folder).Should().Be(ReportLogName.For(id) + rest);
    }

    [Fact]
    public void FolderName_DotFolderOrOtherName_StagingKeptOthersDigested()
    {
        ReportLogText.FolderName(".staging").Should().Be(".staging");
        ReportLogText.FolderName("obesity-notes").Should().Be(ReportLogName.For("obesity-notes"), "a name of no known shape is hidden whole");
    }

    [Fact]
    public void Redact_PathUnderOutboxOrInternalRoot_FolderByLogNameWithoutKnowingTheId()
    {
        var message = $"Access to the path '{Outbox}/contoso/monthly-obesity-by-state-2026-11/heatmap.csv' is denied; "
            + $"also '{Internal}/contoso/monthly-obesity-by-state-2026-11-03-internal'.";

        var redacted = Text.Redact(message, []);

        redacted.Should().Be($"Access to the path '{Outbox}/contoso/{ReportLogName.For("monthly-obesity-by-state")}-2026-11/heatmap.csv' is denied; "
            + $"also '{Internal}/contoso/{ReportLogName.For("monthly-obesity-by-state")}-2026-11-03-internal'.");
    }

    [Fact]
    public void Redact_KnownReportIdInText_WholeWordsOnlyAndNeverTwice()
    {
        var redacted = Text.Redact("Client 'contoso' has no report 'daily-io-watch' (lock client-report:contoso/daily-io-watch); radio-io kept", ["daily-io-watch", "io"]);

        var name = ReportLogName.For("daily-io-watch");
        redacted.Should().Be($"Client 'contoso' has no report '{name}' (lock client-report:contoso/{name}); radio-{ReportLogName.For("io")} kept");
        redacted.Should().NotContain("daily").And.NotContain("watch");
    }

    [Fact]
    public void Redact_RequestValues_ReplacedButDigitsLeft()
    {
        var redacted = Text.Redact("fts5: syntax error near \"semaglutide\" in query 42", [], ["semaglutide", "42"]);

        redacted.Should().Be("fts5: syntax error near \"{value}\" in query 42");
    }

    [Fact]
    public void Redact_Exception_TypeMessageStackAndInnerExceptionsRedacted()
    {
        Exception thrown;
        try
        {
            try
            {
                throw new IOException($"Cannot create '{Outbox}/contoso/weekly-obesity-pulse-2026-W11' because it exists.");
            }
            catch (IOException inner)
            {
                throw new InvalidOperationException("Publishing weekly-obesity-pulse failed.", inner);
            }
        }
        catch (InvalidOperationException ex)
        {
            thrown = ex;
        }

        var redacted = Text.Redact(thrown, ["weekly-obesity-pulse"]);

        redacted.OriginalType.Should().Be("System.InvalidOperationException");
        redacted.Message.Should().Be($"Publishing {ReportLogName.For("weekly-obesity-pulse")} failed.");
        redacted.InnerException.Should().BeNull("nothing that prints exceptions can reach the original text");
        redacted.ToString().Should().Contain("System.IO.IOException").And.Contain($"{ReportLogName.For("weekly-obesity-pulse")}-2026-W11")
            .And.Contain(nameof(Redact_Exception_TypeMessageStackAndInnerExceptionsRedacted), "the stack trace is kept")
            .And.NotContain("obesity");
    }
}
