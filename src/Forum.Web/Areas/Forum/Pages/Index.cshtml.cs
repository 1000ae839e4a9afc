using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sermo.Forum.Conversation;
using Sermo.Forum.Web.Auth;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

[Authorize(Policy = ForumAuth.MemberPolicy)]
public sealed class IndexModel(ThreadReader reader) : ForumPageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; }

    public IReadOnlyList<ThreadSummary> Threads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Category = ForumCategories.Contains(Category) ? Category : null;
        Threads = await reader.ListAsync(Category, Math.Max(0, PageNumber), PageSize, cancellationToken);
    }
}
