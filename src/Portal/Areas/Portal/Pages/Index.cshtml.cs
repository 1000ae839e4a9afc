using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Portal.Access;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>The home page: what this account's role can reach, and what is not built yet.</summary>
[Authorize(Policy = PortalPolicies.User)]
public sealed class IndexModel : PageModel
{
    public string Role { get; private set; } = "";

    public string? ClientId { get; private set; }

    public IReadOnlyList<PortalSurface> Surfaces { get; private set; } = [];

    public void OnGet()
    {
        Role = User.FindFirstValue(ClaimTypes.Role) ?? "";
        ClientId = User.ClientId();
        Surfaces = PortalSurface.For(Role, ClientId);
    }
}
