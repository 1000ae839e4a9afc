using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Access;
using Sermo.Portal.Operations;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// The data team's view of the model registries (post sentiment, aspects): every version with how it was trained and
/// how each of its classifiers scored on the held-out part, which version is promoted, and promote / roll back as
/// `models promote|rollback` do them (the version must load first; the registry's history records who did it).
/// Training and starting a re-tag stay CLI verbs (or the jobs dashboard); a re-tag's progress shows here.
/// </summary>
[Authorize(Policy = PortalPolicies.DataTeam)]
public sealed class ModelsModel(
    [FromKeyedServices(PostSentimentModel.Task)] ModelRegistry sentiment,
    [FromKeyedServices(AspectModel.Task)] ModelRegistry aspects,
    TimeProvider time,
    ILogger<ModelsModel> logger,
    IRetagProgress? retags = null) : PageModel
{
    public IReadOnlyList<RegistryView> Registries { get; private set; } = [];

    /// <summary>What the last promote or rollback did.</summary>
    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The sentiment re-tag job's running and newest runs with their progress (on the page as read, not after a post).</summary>
    public IReadOnlyList<RetagRun>? Retags { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Show();
        Retags = retags is null ? null : await retags.RecentAsync(10, cancellationToken);
    }

    public IActionResult OnPostPromote(string task, string version) => Change(task, registry =>
    {
        registry.Promote(version, PromotionChecks.For(task), time, Actor());
        return $"promoted {version} ({task})";
    });

    public IActionResult OnPostRollback(string task) => Change(task, registry => $"rolled back to {registry.Rollback(time, Actor())} ({task})");

    /// <summary>A refused change (unknown version, one that does not load, nothing to roll back to) answers 400 with the reason.</summary>
    private IActionResult Change(string task, Func<ModelRegistry, string> change)
    {
        if (Registry(task) is not { } registry)
        {
            return NotFound();
        }

        try
        {
            Notice = change(registry);
            logger.LogInformation("Portal {Account}: {Change}", Actor(), Notice);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException or InvalidDataException or ArgumentException)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Show();
        return Page();
    }

    private void Show() => Registries = [RegistryView.Of(PostSentimentModel.Task, sentiment), RegistryView.Of(AspectModel.Task, aspects)];

    private ModelRegistry? Registry(string task) => task switch
    {
        PostSentimentModel.Task => sentiment,
        AspectModel.Task => aspects,
        _ => null,
    };

    private string Actor() => $"portal:{User.FindFirstValue(ClaimTypes.Name)}";
}
