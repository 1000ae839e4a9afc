using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Portal.Access;
using Sermo.Portal.Alerts;
using Sermo.Storage.Clients;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// A client's alerts: rules on its own watchlist terms, the webhook (its signing secret shown once, when set) and the
/// e-mail address alerts go to, and the delivery log. The client policy refuses (and audits) any other client's id;
/// every change is a form post with antiforgery.
/// </summary>
[Authorize(Policy = PortalPolicies.Client)]
public sealed class ClientAlertsModel(IClientRegistry clients, AlertSubscriptions subscriptions, AlertLog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "client")]
    public string ClientId { get; set; } = "";

    public ClientRecord Client { get; private set; } = null!;

    public IReadOnlyList<AlertRule> Rules { get; private set; } = [];

    public AlertTargets Targets { get; private set; } = null!;

    public IReadOnlyList<AlertDeliveryAttempt> Attempts { get; private set; } = [];

    /// <summary>The webhook secret, only on the answer to setting the webhook.</summary>
    public string? NewSecret { get; private set; }

    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostRuleAsync(string term, string kind, double threshold, CancellationToken cancellationToken) =>
        await ChangeAsync(async client =>
        {
            if (!client.Watchlist.Terms.Any(t => t.Label == term))
            {
                throw new ArgumentException($"'{term}' is not on the watchlist", nameof(term));
            }

            await subscriptions.SaveRuleAsync(ClientId, term, kind, threshold, cancellationToken);
        }, cancellationToken);

    public async Task<IActionResult> OnPostDeleteRuleAsync(long rule, CancellationToken cancellationToken) =>
        await ChangeAsync(client => subscriptions.DeleteRuleAsync(ClientId, rule, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostWebhookAsync(string? url, CancellationToken cancellationToken) =>
        await ChangeAsync(async client => NewSecret = await subscriptions.SetWebhookAsync(ClientId, string.IsNullOrWhiteSpace(url) ? null : url.Trim(), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostEmailAsync(string? email, CancellationToken cancellationToken) =>
        await ChangeAsync(client => subscriptions.SetEmailAsync(ClientId, string.IsNullOrWhiteSpace(email) ? null : email.Trim(), cancellationToken), cancellationToken);

    /// <summary>A refused change answers 400 with the page and the reason, and changes nothing.</summary>
    private async Task<IActionResult> ChangeAsync(Func<ClientRecord, Task> change, CancellationToken cancellationToken)
    {
        if (await clients.GetAsync(ClientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }

        try
        {
            await change(client);
        }
        catch (ArgumentException ex)
        {
            Error = ex.Message[..(ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is >= 0 and var at ? at : ex.Message.Length)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (await clients.GetAsync(ClientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Rules = await subscriptions.ListRulesAsync(ClientId, cancellationToken);
        Targets = await subscriptions.GetTargetsAsync(ClientId, cancellationToken);
        Attempts = await log.AttemptsAsync(ClientId, 50, cancellationToken);
        return Page();
    }
}
