using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Access;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// The data team's view of the sentiment model registry: every version with how it was trained and how it scored on
/// its held-out part, and which one is promoted. Training, promotion and rollback stay CLI verbs.
/// </summary>
[Authorize(Policy = PortalPolicies.DataTeam)]
public sealed class ModelsModel(ModelRegistry registry) : PageModel
{
    public IReadOnlyList<ModelVersion> Versions { get; private set; } = [];

    public string? Promoted { get; private set; }

    public void OnGet()
    {
        Versions = [.. registry.List().Reverse()];
        Promoted = registry.Promoted();
    }
}
