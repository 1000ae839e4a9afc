using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Sermo.Portal.Access;
using Sermo.Portal.Health;
using Sermo.Portal.Operations;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Operations;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// The operators' page: health with reasons, ingest lag per source, dead letters by reason with "replay after fix" (the
/// `deadletters replay` code, when the host has it), the way to the jobs dashboard.
/// </summary>
[Authorize(Policy = PortalPolicies.Operator)]
public sealed class OperatorModel(
    HealthCheckService health,
    IngestStatusReader ingest,
    IDeadLetterStore deadLetters,
    TimeProvider time,
    ILogger<OperatorModel> logger,
    IDeadLetterReplayer? replayer = null) : PageModel
{
    /// <summary>Rows one click replays at most, so a request stays short; the button stays while rows wait.</summary>
    public const int ReplayRows = 1000;

    public HealthReport Health { get; private set; } = null!;

    public IngestStatus Ingest { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public bool CanReplay => replayer is not null;

    /// <summary>What the last replay did, one line per row.</summary>
    public DeadLetterReplayTally? Replayed { get; private set; }

    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostReplayAsync(string source, string reason, CancellationToken cancellationToken)
    {
        if (replayer is null)
        {
            return NotFound();
        }

        // The store's source filter also takes a kind (drop, push); the page replays exactly the row it was clicked on.
        var rows = (await deadLetters.ListAsync(new DeadLetterFilter(reason, source, Limit: ReplayRows), cancellationToken))
            .Where(r => r.Source == source && r.Reason == reason).OrderBy(r => r.Id).ToList();
        if (rows.Count == 0)
        {
            Error = $"no dead letters of {source} for {reason} wait for a replay";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Replayed = await replayer.ReplayAsync(rows, cancellationToken);
            logger.LogInformation("Portal {Account} replayed dead letters of {Source} for {Reason}: {Summary}",
                User.FindFirstValue(ClaimTypes.Name), source, reason, Replayed.Summary);
        }

        await ShowAsync(cancellationToken);
        return Page();
    }

    /// <summary>"3 min", "5 h", "2 d": how long ago, at the scale an operator reads.</summary>
    public static string Ago(TimeSpan span) => span.TotalMinutes < 1 ? "now"
        : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min"
        : span.TotalDays < 1 ? $"{(int)span.TotalHours} h"
        : $"{(int)span.TotalDays} d";

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Health = await health.CheckHealthAsync(c => c.Tags.Contains(HealthEndpoints.Tag), cancellationToken);
        Ingest = await ingest.ReadAsync(cancellationToken);
    }
}
