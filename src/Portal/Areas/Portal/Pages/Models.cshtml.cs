using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Access;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// The data team's view of the model registries (post sentiment, aspects): every version with how it was trained and
/// how each of its classifiers scored on the held-out part, and which version is promoted. Training, promotion and
/// rollback stay CLI verbs.
/// </summary>
[Authorize(Policy = PortalPolicies.DataTeam)]
public sealed class ModelsModel(
    [FromKeyedServices(PostSentimentModel.Task)] ModelRegistry sentiment,
    [FromKeyedServices(AspectModel.Task)] ModelRegistry aspects) : PageModel
{
    public IReadOnlyList<RegistryView> Registries { get; private set; } = [];

    public void OnGet() => Registries = [RegistryView.Of(PostSentimentModel.Task, sentiment), RegistryView.Of(AspectModel.Task, aspects)];
}
