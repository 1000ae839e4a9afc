using Sermo.Storage.Portal;

namespace Sermo.Portal.Alerts;

/// <summary>Each client's alert rules and where its alerts go, checked here and kept in the store's portal tables.</summary>
public sealed class AlertSubscriptions(AlertSubscriptionTable table, TimeProvider time)
{
    public Task<IReadOnlyList<AlertRule>> ListRulesAsync(string? clientId, CancellationToken cancellationToken) => table.ListRulesAsync(clientId, cancellationToken);

    /// <summary>Adds or re-thresholds the rule of one term and kind; the caller checked the term is on the client's watchlist.</summary>
    /// <exception cref="ArgumentException">The kind is unknown or the threshold does not fit it.</exception>
    public Task SaveRuleAsync(string clientId, string term, string kind, double threshold, CancellationToken cancellationToken) =>
        AlertKinds.Problem(kind, threshold) is { } problem
            ? throw new ArgumentException(problem, nameof(threshold))
            : table.SaveRuleAsync(clientId, term, kind, threshold, time.GetUtcNow(), cancellationToken);

    /// <summary>Deletes one of the client's rules; false when it has no such rule.</summary>
    public Task<bool> DeleteRuleAsync(string clientId, long ruleId, CancellationToken cancellationToken) => table.DeleteRuleAsync(clientId, ruleId, cancellationToken);

    public Task<AlertTargets> GetTargetsAsync(string clientId, CancellationToken cancellationToken) => table.GetTargetsAsync(clientId, cancellationToken);

    /// <summary>Sets the webhook with a new secret (returned: the only time it is shown); null URL removes the webhook.</summary>
    /// <exception cref="ArgumentException">The URL is not an acceptable webhook.</exception>
    public async Task<string?> SetWebhookAsync(string clientId, string? url, CancellationToken cancellationToken)
    {
        if (url is not null && AlertOptions.WebhookProblem(url) is { } problem)
        {
            throw new ArgumentException(problem, nameof(url));
        }

        var secret = url is null ? null : WebhookSignature.NewSecret();
        await table.SetWebhookAsync(clientId, url, secret, cancellationToken);
        return secret;
    }

    /// <exception cref="ArgumentException">Not an e-mail address.</exception>
    public Task SetEmailAsync(string clientId, string? email, CancellationToken cancellationToken) =>
        email is not null && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            ? throw new ArgumentException("the e-mail address is not valid", nameof(email))
            : table.SetEmailAsync(clientId, email, cancellationToken);
}
