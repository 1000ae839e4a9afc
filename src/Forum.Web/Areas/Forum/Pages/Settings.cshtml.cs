using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Members;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

/// <summary>The member's own settings: pseudonym, analytics opt-out, data download, account deletion.</summary>
[Authorize(Policy = ForumAuth.MemberPolicy)]
[EnableRateLimiting(ForumRateLimits.Posting)]
public sealed class SettingsModel(MemberDirectory directory, MemberSettings settings) : ForumPageModel
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public ForumMember? Me { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var export = await settings.ExportAsync(MemberId, ct);
        return export is null ? NotFound() : File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json", "sermo-forum-my-data.json");
    }

    public async Task<IActionResult> OnPostPseudonymAsync(string pseudonym, CancellationToken ct)
    {
        if (await settings.ChangePseudonymAsync(MemberId, (pseudonym ?? "").Trim(), ct) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            return await ShowAsync(ct);
        }

        Notice = "Your pseudonym is changed.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOptOutAsync(CancellationToken ct)
    {
        await settings.OptOutAsync(MemberId, ct);
        Notice = "You are opted out of client analytics. Your posts leave the index within one ingest cycle.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string confirm, CancellationToken ct)
    {
        if (!string.Equals(confirm?.Trim(), Pseudonym, StringComparison.Ordinal))
        {
            ModelState.AddModelError(string.Empty, "Type your pseudonym exactly to delete the account.");
            return await ShowAsync(ct);
        }

        await settings.DeleteAccountAsync(MemberId, ct);
        await HttpContext.SignOutAsync(ForumAuth.Scheme);
        return Redirect(ForumPaths.SignIn);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Me = await directory.GetAsync(MemberId, ct);
        return Me is null ? NotFound() : Page();
    }
}
