using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Sermo.Portal.Access;
using Sermo.Storage.Clients;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// Admins manage accounts and API keys with the code `portal user add|disable` and `portal key issue|revoke` run: a new
/// account's generated password and a new key are on the answer to the post that made them and nowhere else (only
/// their hashes are stored); disabling an account ends its sessions and stops its keys. Unlocking an account and
/// setting a generated password for it (shown once, ends its sessions) are audited like the verbs'.
/// </summary>
[Authorize(Policy = PortalPolicies.Admin)]
public sealed class AdminModel(PortalAccounts accounts, PortalApiKeys keys, IClientRegistry clients, TimeProvider time, ILogger<AdminModel> logger) : PageModel
{
    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<PortalAccount> Accounts { get; private set; } = [];

    public IReadOnlyList<PortalApiKey> Keys { get; private set; } = [];

    public IReadOnlyList<ClientRecord> Clients { get; private set; } = [];

    public string? Notice { get; private set; }

    /// <summary>A generated password or an issued key, on this answer only.</summary>
    public string? ShownOnce { get; private set; }

    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>Disabled (since when), locked (until when) or active.</summary>
    public string State(PortalAccount account) =>
        account.DisabledAt is { } disabled ? "disabled " + disabled.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : account.LockedUntil is { } locked && locked > Now ? "locked until " + locked.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC"
        : "active";

    public Task<IActionResult> OnPostCreateAsync(string? email, string? role, string? client, bool machine, CancellationToken cancellationToken) =>
        ChangeAsync(async () =>
        {
            client = string.IsNullOrWhiteSpace(client) ? null : client;
            if (client is not null && await clients.GetAsync(client, cancellationToken) is null)
            {
                throw new PortalAccountException($"No client '{client}'.");
            }

            var password = machine ? null : PortalPasswords.Generate();
            var account = await accounts.CreateAsync(email ?? "", role ?? "", client, password, cancellationToken);
            ShownOnce = password;
            return $"created {account.Role} account {account.Email} ({account.AccountId}){(account.ClientId is { } c ? " for client " + c : "")}"
                + (password is null ? " (machine: API keys only)" : "; its password is below, shown once");
        }, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(string? email, CancellationToken cancellationToken) =>
        ChangeAsync(async () =>
        {
            // An admin locking themselves out would leave the page to whoever else is admin, or the CLI.
            if (string.Equals(email?.Trim(), User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new PortalAccountException("An admin does not disable their own account here (another admin or `portal user disable` can).");
            }

            return await accounts.DisableAsync(email ?? "", cancellationToken)
                ? $"disabled {email}: its sessions ended and its keys stopped"
                : throw new PortalAccountException($"No active account '{email}'.");
        }, cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string? email, CancellationToken cancellationToken) =>
        ChangeAsync(async () =>
        {
            var account = await accounts.UnlockAsync(email ?? "", Actor, cancellationToken);
            return $"unlocked {account.Email}: it may sign in again";
        }, cancellationToken);

    /// <summary>Sets a generated password (shown once on this answer); the account's sessions end and its lockout is reset.</summary>
    public Task<IActionResult> OnPostPasswordAsync(string? email, CancellationToken cancellationToken) =>
        ChangeAsync(async () =>
        {
            if (string.Equals(email?.Trim(), User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new PortalAccountException("Change your own password at /portal/account (it asks for the current one).");
            }

            var password = PortalPasswords.Generate();
            var account = await accounts.SetPasswordAsync(email ?? "", password, Actor, cancellationToken);
            ShownOnce = password;
            return $"set a new password for {account.Email}: its sessions ended; the password is below, shown once";
        }, cancellationToken);

    public Task<IActionResult> OnPostIssueAsync(string? account, string? name, int? days, CancellationToken cancellationToken) =>
        ChangeAsync(async () =>
        {
            if (days is < 1 or > 3650)
            {
                throw new PortalAccountException($"A key lives 1 to 3650 days (and at most Portal:Access:MaxKeyLifetime); asked for {days}.");
            }

            var issued = await keys.IssueAsync(account ?? "", string.IsNullOrWhiteSpace(name) ? "portal" : name.Trim(),
                days is { } d ? TimeSpan.FromDays(d) : null, cancellationToken);
            ShownOnce = issued.Key;
            return $"issued {issued.KeyId}, expires {issued.ExpiresAt:yyyy-MM-dd HH:mm} UTC; the key is below, shown once (only its SHA-256 is stored)";
        }, cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(string? key, CancellationToken cancellationToken) =>
        ChangeAsync(async () => await keys.RevokeAsync(key ?? "", cancellationToken)
            ? $"revoked {key}"
            : throw new PortalAccountException($"No active key '{key}'."), cancellationToken);

    private string Actor => "portal:" + User.Identity?.Name;

    /// <summary>A refused change answers 400 with the reason and changes nothing; every change is logged with who made it.</summary>
    private async Task<IActionResult> ChangeAsync(Func<Task<string>> change, CancellationToken cancellationToken)
    {
        try
        {
            Notice = await change();
            logger.LogInformation("Portal admin {Admin}: {Change}", User.Identity?.Name, Notice);
        }
        catch (PortalAccountException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await ShowAsync(cancellationToken);
        return Page();
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Accounts = await accounts.ListAsync(cancellationToken);
        Keys = await keys.ListAsync(null, cancellationToken);
        Clients = await clients.ListAsync(cancellationToken);
    }
}
