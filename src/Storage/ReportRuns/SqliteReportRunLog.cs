using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.ReportRuns;

public sealed class SqliteReportRunLog(SqliteDatabase database) : IReportRunLog
{
    /// <summary>Errors are kept readable, not whole stack traces.</summary>
    private const int MaxErrorChars = 2000;

    private const string InputsColumns = """
        r.id, r.client_id, r.report_id, r.render_id, i.folder, i.formats_json, i.content_json, r.removals, r.rendered_removals, r.rerendered_at
        FROM report_runs r JOIN report_run_inputs i ON i.run_id = r.id
        """;

    public async Task<long> StartAsync(string clientId, string reportId, string period, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO report_runs(client_id, report_id, period, status, started_at)
            VALUES ($client, $report, $period, $status, $started) RETURNING id
            """;
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$report", reportId);
        command.Parameters.AddWithValue("$period", period);
        command.Parameters.AddWithValue("$status", nameof(ReportRunStatus.Running));
        command.Parameters.AddWithValue("$started", Timestamp(startedAt));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<long?> ClaimOccurrenceAsync(
        string clientId, string reportId, string period, DateTimeOffset occurrence, DateTimeOffset startedAt, TimeSpan runningLease,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE (the provider's default) takes the write lock first, so a second host waits and then sees the claim.
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO report_runs(client_id, report_id, period, status, started_at, occurrence)
            SELECT $client, $report, $period, $running, $started, $occurrence
            WHERE NOT EXISTS (
                SELECT 1 FROM report_runs
                WHERE client_id = $client AND report_id = $report AND occurrence = $occurrence
                  AND (status = $succeeded OR (status = $running AND started_at > $leaseStart)))
            RETURNING id
            """;
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$report", reportId);
        command.Parameters.AddWithValue("$period", period);
        command.Parameters.AddWithValue("$running", nameof(ReportRunStatus.Running));
        command.Parameters.AddWithValue("$succeeded", nameof(ReportRunStatus.Succeeded));
        command.Parameters.AddWithValue("$started", Timestamp(startedAt));
        command.Parameters.AddWithValue("$occurrence", Timestamp(occurrence));
        command.Parameters.AddWithValue("$leaseStart", Timestamp(startedAt - runningLease));
        var id = await command.ExecuteScalarAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id is null ? null : Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    public async Task<DateTimeOffset?> LastOccurrenceAsync(string clientId, string reportId, DateTimeOffset runningSince, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT MAX(occurrence) FROM report_runs
            WHERE client_id = $client AND report_id = $report AND occurrence IS NOT NULL
              AND (status = $succeeded OR (status = $running AND started_at > $runningSince))
            """;
        command.Parameters.AddWithValue("$runningSince", Timestamp(runningSince));
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$report", reportId);
        command.Parameters.AddWithValue("$running", nameof(ReportRunStatus.Running));
        command.Parameters.AddWithValue("$succeeded", nameof(ReportRunStatus.Succeeded));
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : null;
    }

    public async Task FinishAsync(long runId, ReportRunStatus status, string? error, string? folder, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "UPDATE report_runs SET status = $status, error = $error, folder = $folder, finished_at = $finished WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        command.Parameters.AddWithValue("$status", status.ToString());
        command.Parameters.AddWithValue("$error", error is null ? DBNull.Value : error.Length <= MaxErrorChars ? error : error[..MaxErrorChars]);
        command.Parameters.AddWithValue("$folder", (object?)folder ?? DBNull.Value);
        command.Parameters.AddWithValue("$finished", Timestamp(finishedAt));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"No report run {runId} to finish.");
        }

        // A failed run published nothing, and a run that replaced a folder makes the earlier runs' inputs (with their
        // quoted text) pointless: only the current files of a folder keep what they were rendered from.
        var dropped = status == ReportRunStatus.Succeeded
            ? "SELECT o.run_id FROM report_run_inputs o JOIN report_run_inputs n ON n.folder = o.folder WHERE n.run_id = $id AND o.run_id < $id"
            : "SELECT $id";
        command.CommandText = $"DELETE FROM report_run_quotes WHERE run_id IN ({dropped}); DELETE FROM report_run_inputs WHERE run_id IN ({dropped});";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReportRunRecord>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, client_id, report_id, period, status, error, started_at, finished_at, folder, occurrence FROM report_runs
            WHERE $client IS NULL OR client_id = $client
            ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$client", (object?)clientId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var runs = new List<ReportRunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new ReportRunRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Enum.Parse<ReportRunStatus>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                reader.IsDBNull(7) ? null : DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture)));
        }

        return runs;
    }

    public async Task<IReadOnlyList<ReportQuote>> SaveInputsAsync(
        long runId, string renderId, string folder, IReadOnlyList<string> formats, string contentJson, IReadOnlyList<ReportQuote> quotes,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = """
                UPDATE report_runs SET render_id = $render WHERE id = $id;
                INSERT INTO report_run_inputs(run_id, folder, formats_json, content_json) VALUES ($id, $folder, $formats, $content);
                """;
            command.Parameters.AddWithValue("$id", runId);
            command.Parameters.AddWithValue("$render", renderId);
            command.Parameters.AddWithValue("$folder", folder);
            command.Parameters.AddWithValue("$formats", JsonSerializer.Serialize(formats));
            command.Parameters.AddWithValue("$content", contentJson);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var kept = new List<ReportQuote>();
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            // In the same transaction as the existence check: a post deleted before this commits is left out here, one
            // deleted after it finds this row through the trigger.
            insert.CommandText = """
                INSERT INTO report_run_quotes(run_id, term_index, position, post_id, day, text)
                SELECT $id, $term, $position, $post, $day, $text WHERE EXISTS (SELECT 1 FROM posts WHERE post_id = $post)
                """;
            insert.Parameters.AddWithValue("$id", runId);
            var term = insert.Parameters.Add("$term", SqliteType.Integer);
            var position = insert.Parameters.Add("$position", SqliteType.Integer);
            var post = insert.Parameters.Add("$post", SqliteType.Text);
            var day = insert.Parameters.Add("$day", SqliteType.Text);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            foreach (var quote in quotes)
            {
                (term.Value, position.Value, post.Value, day.Value, text.Value) = (quote.TermIndex, quote.Position, quote.PostId, Day(quote.Day), quote.Text);
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    kept.Add(quote);
                }
            }
        }

        await tx.CommitAsync(cancellationToken);
        return kept;
    }

    public async Task<ReportRunInputs?> FindInputsAsync(string clientId, string renderId, CancellationToken cancellationToken) =>
        (await LoadAsync("r.client_id = $client AND r.render_id = $render", [("$client", clientId), ("$render", renderId)], cancellationToken))
        .SingleOrDefault();

    public Task<IReadOnlyList<ReportRunInputs>> ListStaleAsync(string? clientId, CancellationToken cancellationToken) =>
        LoadAsync("r.removals > r.rendered_removals AND ($client IS NULL OR r.client_id = $client)", [("$client", clientId)], cancellationToken);

    public async Task MarkRerenderedAsync(long runId, int removals, DateTimeOffset rerenderedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE report_runs SET rendered_removals = MAX(rendered_removals, $removals), rerendered_at = $at WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        command.Parameters.AddWithValue("$removals", removals);
        command.Parameters.AddWithValue("$at", Timestamp(rerenderedAt));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"No report run {runId} to mark re-rendered.");
        }
    }

    /// <summary>Runs with their inputs and quotes, read in one transaction so the removal count matches the quotes left.</summary>
    private async Task<IReadOnlyList<ReportRunInputs>> LoadAsync(string where, (string Name, string? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = connection.BeginTransaction(deferred: true);
        var runs = new List<ReportRunInputs>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = $"SELECT {InputsColumns} WHERE {where} ORDER BY r.id";
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, (object?)value ?? DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var removals = reader.GetInt32(7);
                runs.Add(new ReportRunInputs(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? [], reader.GetString(6), [],
                    removals, removals > reader.GetInt32(8),
                    reader.IsDBNull(9) ? null : DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture)));
            }
        }

        await using var quotes = connection.CreateCommand();
        quotes.Transaction = tx;
        quotes.CommandText = "SELECT term_index, position, post_id, day, text FROM report_run_quotes WHERE run_id = $id ORDER BY term_index, position";
        var id = quotes.Parameters.Add("$id", SqliteType.Integer);
        for (var i = 0; i < runs.Count; i++)
        {
            id.Value = runs[i].RunId;
            var list = new List<ReportQuote>();
            await using (var reader = await quotes.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    list.Add(new ReportQuote(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2),
                        DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetString(4)));
                }
            }

            runs[i] = runs[i] with { Quotes = list };
        }

        return runs;
    }

    /// <summary>How report, API-key and read-audit times are stored: UTC, round-trip format.</summary>
    internal static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
