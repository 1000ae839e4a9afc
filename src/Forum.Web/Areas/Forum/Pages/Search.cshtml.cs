using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sermo.Forum.Conversation;
using Sermo.Forum.Web.Auth;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

/// <summary>Members search the forum's own posts (their view: names are pseudonyms, and clients' k rules do not apply).</summary>
[Authorize(Policy = ForumAuth.MemberPolicy)]
public sealed class SearchModel(ThreadReader reader) : ForumPageModel
{
    public const int Limit = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Hits = await reader.SearchAsync(Q[..Math.Min(Q.Length, 200)], Limit, cancellationToken);
        }
    }
}
