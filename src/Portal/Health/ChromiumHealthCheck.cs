using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Reports.Chromium;

namespace Sermo.Portal.Health;

/// <summary>
/// Chromium prints PDF reports. Without it every other format is still written (PDFs are skipped with a warning), so a
/// missing browser degrades the host rather than failing it. Launching it on every probe would cost a second: the check
/// looks for the executable.
/// </summary>
internal sealed class ChromiumHealthCheck(ChromiumBrowser chromium) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(chromium.IsInstalled
            ? HealthCheckResult.Healthy("chromium installed")
            : HealthCheckResult.Degraded(ChromiumBrowser.InstallHint));
}
