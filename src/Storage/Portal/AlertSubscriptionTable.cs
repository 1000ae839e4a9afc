namespace Sermo.Storage.Portal;

/// <summary>Each client's alert rules and where its alerts go, on the store's backend (the portal checks what is saved).</summary>
public sealed class AlertSubscriptionTable(StoreDatabase database)
{
    /// <summary>One client's rules, or every client's when null.</summary>
    public async Task<IReadOnlyList<AlertRule>> ListRulesAsync(string? clientId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null,
            "SELECT rule_id, client_id, term, kind, threshold, created_at FROM alert_rules WHERE @client IS NULL OR client_id = @client ORDER BY client_id, term, kind",
            r => new AlertRule(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4), database.ReadTime(r, 5)),
            cancellationToken, ("@client", clientId));
    }

    /// <summary>Adds the rule of one term and kind, or changes its threshold.</summary>
    public async Task SaveRuleAsync(string clientId, string term, string kind, double threshold, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO alert_rules(client_id, term, kind, threshold, created_at) VALUES (@client, @term, @kind, @threshold, @at)
            ON CONFLICT (client_id, term, kind) DO UPDATE SET threshold = excluded.threshold
            """, cancellationToken, ("@client", clientId), ("@term", term), ("@kind", kind), ("@threshold", threshold), ("@at", database.Time(at)));
    }

    /// <summary>Deletes one of the client's rules; false when it has no such rule.</summary>
    public async Task<bool> DeleteRuleAsync(string clientId, long ruleId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM alert_rules WHERE rule_id = @id AND client_id = @client",
            cancellationToken, ("@id", ruleId), ("@client", clientId)) == 1;
    }

    public async Task<AlertTargets> GetTargetsAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, "SELECT webhook_url, webhook_secret, email FROM alert_targets WHERE client_id = @client",
            r => new AlertTargets(clientId, r.StringOrNull(0), r.StringOrNull(1), r.StringOrNull(2)), cancellationToken, ("@client", clientId));
        return rows.Count == 1 ? rows[0] : new AlertTargets(clientId, null, null, null);
    }

    /// <summary>Sets (or with a null URL removes) the client's webhook and its signing secret.</summary>
    public async Task SetWebhookAsync(string clientId, string? url, string? secret, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO alert_targets(client_id, webhook_url, webhook_secret) VALUES (@client, @url, @secret)
            ON CONFLICT (client_id) DO UPDATE SET webhook_url = excluded.webhook_url, webhook_secret = excluded.webhook_secret
            """, cancellationToken, ("@client", clientId), ("@url", url), ("@secret", secret));
    }

    /// <summary>Sets (or with null removes) the client's alert e-mail address.</summary>
    public async Task SetEmailAsync(string clientId, string? email, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO alert_targets(client_id, email) VALUES (@client, @email)
            ON CONFLICT (client_id) DO UPDATE SET email = excluded.email
            """, cancellationToken, ("@client", clientId), ("@email", email));
    }
}
