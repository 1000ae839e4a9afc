using Sermo.Portal.Access;

namespace Sermo.Portal.Alerts;

/// <summary>Each client's alert rules and where its alerts go, in the portal's tables.</summary>
public sealed class AlertSubscriptions(PortalDatabase database, TimeProvider time)
{
    public async Task<IReadOnlyList<AlertRule>> ListRulesAsync(string? clientId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rule_id, client_id, term, kind, threshold, created_at FROM alert_rules WHERE $client IS NULL OR client_id = $client ORDER BY client_id, term, kind";
        command.Parameters.AddWithValue("$client", (object?)clientId ?? DBNull.Value);
        var rules = new List<AlertRule>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rules.Add(new AlertRule(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4), PortalDatabase.ReadTime(reader, 5)));
        }

        return rules;
    }

    /// <summary>Adds or re-thresholds the rule of one term and kind; the caller checked the term is on the client's watchlist.</summary>
    /// <exception cref="ArgumentException">The kind is unknown or the threshold does not fit it.</exception>
    public async Task SaveRuleAsync(string clientId, string term, string kind, double threshold, CancellationToken cancellationToken)
    {
        if (AlertKinds.Problem(kind, threshold) is { } problem)
        {
            throw new ArgumentException(problem, nameof(threshold));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO alert_rules(client_id, term, kind, threshold, created_at) VALUES ($client, $term, $kind, $threshold, $at)
            ON CONFLICT (client_id, term, kind) DO UPDATE SET threshold = excluded.threshold
            """;
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$term", term);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$threshold", threshold);
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes one of the client's rules; false when it has no such rule.</summary>
    public async Task<bool> DeleteRuleAsync(string clientId, long ruleId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM alert_rules WHERE rule_id = $id AND client_id = $client";
        command.Parameters.AddWithValue("$id", ruleId);
        command.Parameters.AddWithValue("$client", clientId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<AlertTargets> GetTargetsAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT webhook_url, webhook_secret, email FROM alert_targets WHERE client_id = $client";
        command.Parameters.AddWithValue("$client", clientId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AlertTargets(clientId, Text(reader, 0), Text(reader, 1), Text(reader, 2))
            : new AlertTargets(clientId, null, null, null);
    }

    /// <summary>Sets the webhook with a new secret (returned: the only time it is shown); null URL removes the webhook.</summary>
    /// <exception cref="ArgumentException">The URL is not an acceptable webhook.</exception>
    public async Task<string?> SetWebhookAsync(string clientId, string? url, CancellationToken cancellationToken)
    {
        if (url is not null && AlertOptions.WebhookProblem(url) is { } problem)
        {
            throw new ArgumentException(problem, nameof(url));
        }

        var secret = url is null ? null : WebhookSignature.NewSecret();
        await UpsertTargetAsync(clientId, "webhook_url = $url, webhook_secret = $secret", ("$url", url), ("$secret", secret), cancellationToken);
        return secret;
    }

    /// <exception cref="ArgumentException">Not an e-mail address.</exception>
    public async Task SetEmailAsync(string clientId, string? email, CancellationToken cancellationToken)
    {
        if (email is not null && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            throw new ArgumentException("the e-mail address is not valid", nameof(email));
        }

        await UpsertTargetAsync(clientId, "email = $email", ("$email", email), ("$unused", null), cancellationToken);
    }

    private async Task UpsertTargetAsync(string clientId, string set, (string Name, string? Value) first, (string Name, string? Value) second, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO alert_targets(client_id) VALUES ($client) ON CONFLICT (client_id) DO NOTHING; UPDATE alert_targets SET {set} WHERE client_id = $client";
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue(first.Name, (object?)first.Value ?? DBNull.Value);
        command.Parameters.AddWithValue(second.Name, (object?)second.Value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Text(Microsoft.Data.Sqlite.SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
