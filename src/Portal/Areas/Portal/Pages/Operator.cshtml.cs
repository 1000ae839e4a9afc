using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Portal.Access;
using Sermo.Portal.Health;
using Sermo.Storage.Operations;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>The operators' page: health with reasons, ingest lag per source, dead letters by reason, the way to the jobs dashboard.</summary>
[Authorize(Policy = PortalPolicies.Operator)]
public sealed class OperatorModel(HealthCheckService health, IngestStatusReader ingest, TimeProvider time) : PageModel
{
    public HealthReport Health { get; private set; } = null!;

    public IngestStatus Ingest { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Health = await health.CheckHealthAsync(c => c.Tags.Contains(HealthEndpoints.Tag), cancellationToken);
        Ingest = await ingest.ReadAsync(cancellationToken);
    }

    /// <summary>"3 min", "5 h", "2 d": how long ago, at the scale an operator reads.</summary>
    public static string Ago(TimeSpan span) => span.TotalMinutes < 1 ? "now"
        : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min"
        : span.TotalDays < 1 ? $"{(int)span.TotalHours} h"
        : $"{(int)span.TotalDays} d";
}
