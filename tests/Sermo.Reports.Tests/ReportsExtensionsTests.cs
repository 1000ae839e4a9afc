using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests;

public class ReportsExtensionsTests
{
    [Fact]
    public void AddReports_WithOutboxPath_ResolvesWriterAndEveryFormat()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Reports:OutboxPath"] = "/tmp/sermo-outbox";

        builder.AddReports();
        using var host = builder.Build();

        host.Services.GetRequiredService<ReportWriter>().Should().NotBeNull();
        host.Services.GetServices<IReportFileRenderer>().Select(r => r.Format).Should().Equal(
            [.. ReportFormats.All, .. global::Sermo.Reports.Charts.ReportChartIds.Optional.SelectMany(c => ReportFormats.Images.Select(f => ReportFormats.ChartFile(c, f)))]);
        host.Services.GetRequiredService<IOptions<ReportOptions>>().Value.OutboxPath.Should().Be("/tmp/sermo-outbox");
    }

    [Fact]
    public async Task AddReports_WithoutOutboxPath_FailsOnStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Reports:OutboxPath"] = "";
        builder.Configuration["Release:NoiseSecret"] = new string('s', 44);

        builder.AddReports();
        using var host = builder.Build();
        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("OutboxPath");
    }

    [Fact]
    public async Task AddReports_WithoutReleaseSecret_FailsOnStartNamingTheKey()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Reports:OutboxPath"] = "/tmp/sermo-outbox";

        builder.AddReports();
        using var host = builder.Build();
        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Release:NoiseSecret");
    }
}
