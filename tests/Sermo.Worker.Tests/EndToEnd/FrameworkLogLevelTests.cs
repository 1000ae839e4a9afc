using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>
/// Decision 097: ASP.NET Core's request logs carry each URL's query string, so the host never lets them below Warning,
/// whatever --verbose or a Logging setting asks; Sermo's own lines follow --verbose as before.
/// </summary>
public sealed class FrameworkLogLevelTests : IDisposable
{
    private readonly TempDataFolder _data = new("log-levels");

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Build_VerboseWithRequestLoggingAskedForAtTrace_RequestLinesStayOffAndSermoLinesOn()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
            ["Logging:Console:LogLevel:Default"] = "Trace",
            ["Logging:Console:LogLevel:System.Net.Http.HttpClient.forum"] = "Debug",
        };
        using var host = SermoHost.Build(DataFolder.Resolve(_data, create: true), verbose: true, settings, ingestWorker: false);
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information).Should().BeFalse("it writes `Request starting … ?q=…`");
        loggers.CreateLogger("Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageActionInvoker").IsEnabled(LogLevel.Debug).Should().BeFalse("it writes handler arguments");
        loggers.CreateLogger("System.Net.Http.HttpClient.forum.LogicalHandler").IsEnabled(LogLevel.Information).Should().BeFalse("it writes each URL requested");
        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning).Should().BeTrue();
        loggers.CreateLogger("Sermo.Ingest.Pipeline.LeasedSourceIngest").IsEnabled(LogLevel.Trace).Should().BeTrue("Sermo's own lines follow the settings");
    }
}
