using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Portal.Access;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>The OpenAPI document rendered as a page by the portal's own script (no CDN, nothing loaded from elsewhere).</summary>
[Authorize(Policy = PortalPolicies.User)]
public sealed class ApiDocsModel : PageModel
{
    public void OnGet()
    {
    }
}
