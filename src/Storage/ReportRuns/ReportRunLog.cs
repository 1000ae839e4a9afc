using System.Data.Common;
using System.Text.Json;

namespace Sermo.Storage.ReportRuns;

/// <summary>The report-run log on either backend (SQLite or PostgreSQL: <see cref="StoreDatabase"/>).</summary>
public sealed class ReportRunLog(StoreDatabase database) : IReportRunLog
{
    /// <summary>Errors are kept readable, not whole stack traces.</summary>
    private const int MaxErrorChars = 2000;

    private const string InputsColumns = """
        r.id, r.client_id, r.report_id, r.render_id, i.folder, i.formats_json, i.content_json, r.removals, r.rendered_removals, r.rerendered_at
        FROM report_runs r JOIN report_run_inputs i ON i.run_id = r.id
        """;

    public async Task<long> StartAsync(string clientId, string reportId, string period, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, """
            INSERT INTO report_runs(client_id, report_id, period, status, started_at)
            VALUES (@client, @report, @period, @status, @started) RETURNING id
            """,
            ("@client", clientId), ("@report", reportId), ("@period", period), ("@status", nameof(ReportRunStatus.Running)),
            ("@started", database.Time(startedAt)));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<long?> ClaimOccurrenceAsync(
        string clientId, string reportId, string period, DateTimeOffset occurrence, DateTimeOffset startedAt, TimeSpan runningLease,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Check and insert under the report's write lock: a second host waits, then sees the claim.
        await using var tx = await database.BeginWriteAsync(connection, $"report-occurrence:{clientId}/{reportId}", cancellationToken);
        await using var command = connection.Command(tx, """
            INSERT INTO report_runs(client_id, report_id, period, status, started_at, occurrence)
            SELECT @client, @report, @period, @running, @started, @occurrence
            WHERE NOT EXISTS (
                SELECT 1 FROM report_runs
                WHERE client_id = @client AND report_id = @report AND occurrence = @occurrence
                  AND (status = @succeeded OR (status = @running AND started_at > @leaseStart)))
            RETURNING id
            """,
            ("@client", clientId), ("@report", reportId), ("@period", period),
            ("@running", nameof(ReportRunStatus.Running)), ("@succeeded", nameof(ReportRunStatus.Succeeded)),
            ("@started", database.Time(startedAt)), ("@occurrence", database.Time(occurrence)),
            ("@leaseStart", database.Time(startedAt - runningLease)));
        var id = await command.ExecuteScalarAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id is null or DBNull ? null : Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<DateTimeOffset?> LastOccurrenceAsync(string clientId, string reportId, DateTimeOffset runningSince, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var last = await connection.QueryAsync(null, """
            SELECT MAX(occurrence) FROM report_runs
            WHERE client_id = @client AND report_id = @report AND occurrence IS NOT NULL
              AND (status = @succeeded OR (status = @running AND started_at > @runningSince))
            """,
            reader => reader.IsDBNull(0) ? (DateTimeOffset?)null : database.ReadTime(reader, 0), cancellationToken,
            ("@runningSince", database.Time(runningSince)), ("@client", clientId), ("@report", reportId),
            ("@running", nameof(ReportRunStatus.Running)), ("@succeeded", nameof(ReportRunStatus.Succeeded)));
        return last.Single();
    }

    public async Task FinishAsync(long runId, ReportRunStatus status, string? error, string? folder, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        var updated = await connection.ExecuteAsync(tx,
            "UPDATE report_runs SET status = @status, error = @error, folder = @folder, finished_at = @finished WHERE id = @id",
            cancellationToken,
            ("@id", runId), ("@status", status.ToString()),
            ("@error", error is null ? null : error.Length <= MaxErrorChars ? error : error[..MaxErrorChars]),
            ("@folder", folder), ("@finished", database.Time(finishedAt)));
        if (updated != 1)
        {
            throw new InvalidOperationException($"No report run {runId} to finish.");
        }

        // A failed run published nothing, and a run that replaced a folder makes the earlier runs' inputs (with their
        // quoted text) pointless: only the current files of a folder keep what they were rendered from.
        var dropped = status == ReportRunStatus.Succeeded
            ? "SELECT o.run_id FROM report_run_inputs o JOIN report_run_inputs n ON n.folder = o.folder WHERE n.run_id = @id AND o.run_id < @id"
            : "SELECT @id";
        await connection.ExecuteAsync(tx, $"DELETE FROM report_run_quotes WHERE run_id IN ({dropped})", cancellationToken, ("@id", runId));
        await connection.ExecuteAsync(tx, $"DELETE FROM report_run_inputs WHERE run_id IN ({dropped})", cancellationToken, ("@id", runId));
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReportRunRecord>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT id, client_id, report_id, period, status, error, started_at, finished_at, folder, occurrence FROM report_runs
            WHERE @client IS NULL OR client_id = @client
            ORDER BY id DESC LIMIT @limit
            """,
            reader => new ReportRunRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Enum.Parse<ReportRunStatus>(reader.GetString(4)),
                reader.StringOrNull(5),
                database.ReadTime(reader, 6),
                reader.IsDBNull(7) ? null : database.ReadTime(reader, 7),
                reader.StringOrNull(8),
                reader.IsDBNull(9) ? null : database.ReadTime(reader, 9)),
            cancellationToken, ("@client", clientId), ("@limit", limit));
    }

    public async Task<IReadOnlyList<ReportQuote>> SaveInputsAsync(
        long runId, string renderId, string folder, IReadOnlyList<string> formats, string contentJson, IReadOnlyList<ReportQuote> quotes,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        await connection.ExecuteAsync(tx, "UPDATE report_runs SET render_id = @render WHERE id = @id", cancellationToken, ("@id", runId), ("@render", renderId));
        await connection.ExecuteAsync(tx,
            "INSERT INTO report_run_inputs(run_id, folder, formats_json, content_json) VALUES (@id, @folder, @formats, @content)",
            cancellationToken, ("@id", runId), ("@folder", folder), ("@formats", JsonSerializer.Serialize(formats)), ("@content", contentJson));

        var kept = await InsertQuotesAsync(connection, tx, runId, quotes, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return kept;
    }

    public async Task<IReadOnlyList<ReportQuote>> ReplaceSectionQuotesAsync(long runId, int termIndex, IReadOnlyList<ReportQuote> quotes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        await connection.ExecuteAsync(tx, "DELETE FROM report_run_quotes WHERE run_id = @id AND term_index = @term", cancellationToken,
            ("@id", runId), ("@term", termIndex));
        var kept = await InsertQuotesAsync(connection, tx, runId, quotes, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return kept;
    }

    /// <summary>
    /// Inserts the quotes whose posts exist, in the caller's transaction, which holds the existence check's post rows
    /// until commit: a post deleted before this commits is left out here, one deleted after it finds this row through
    /// the delete trigger.
    /// </summary>
    private async Task<List<ReportQuote>> InsertQuotesAsync(DbConnection connection, DbTransaction tx, long runId, IReadOnlyList<ReportQuote> quotes, CancellationToken cancellationToken)
    {
        var kept = new List<ReportQuote>();
        await using var insert = connection.Command(tx, $"""
            INSERT INTO report_run_quotes(run_id, term_index, position, post_id, day, text)
            SELECT @id, @term, @position, post_id, @day, @text FROM posts WHERE post_id = @post{database.ForShare}
            """, ("@id", runId));
        var term = insert.Parameter("@term", 0);
        var position = insert.Parameter("@position", 0);
        var post = insert.Parameter("@post", "");
        var day = insert.Parameter("@day", database.Day(default));
        var text = insert.Parameter("@text", "");
        insert.Parameters.AddRange(new[] { term, position, post, day, text });
        foreach (var quote in quotes)
        {
            (term.Value, position.Value, post.Value, day.Value, text.Value) = (quote.TermIndex, quote.Position, quote.PostId, database.Day(quote.Day), quote.Text);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                kept.Add(quote);
            }
        }

        return kept;
    }

    public async Task<ReportRunInputs?> FindInputsAsync(string clientId, string renderId, CancellationToken cancellationToken) =>
        (await LoadAsync("r.client_id = @client AND r.render_id = @render", [("@client", clientId), ("@render", renderId)], cancellationToken))
        .SingleOrDefault();

    public async Task<ReportRunPlace?> FindPlaceAsync(string clientId, string renderId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var places = await connection.QueryAsync(null, """
            SELECT r.id, i.folder, r.removals, r.rendered_removals FROM report_runs r JOIN report_run_inputs i ON i.run_id = r.id
            WHERE r.client_id = @client AND r.render_id = @render
            """,
            reader => new ReportRunPlace(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2) > reader.GetInt32(3)),
            cancellationToken, ("@client", clientId), ("@render", renderId));
        return places.SingleOrDefault();
    }

    public Task<IReadOnlyList<ReportRunInputs>> ListStaleAsync(string? clientId, CancellationToken cancellationToken) =>
        LoadAsync("r.removals > r.rendered_removals AND (@client IS NULL OR r.client_id = @client)", [("@client", clientId)], cancellationToken);

    public async Task MarkRerenderedAsync(long runId, int removals, DateTimeOffset rerenderedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(null, """
            UPDATE report_runs SET rerendered_at = @at,
                rendered_removals = CASE WHEN rendered_removals > @removals THEN rendered_removals ELSE @removals END
            WHERE id = @id
            """, cancellationToken, ("@id", runId), ("@removals", removals), ("@at", database.Time(rerenderedAt)));
        if (updated != 1)
        {
            throw new InvalidOperationException($"No report run {runId} to mark re-rendered.");
        }
    }

    /// <summary>Runs with their inputs and quotes, read in one snapshot so the removal count matches the quotes left.</summary>
    private async Task<IReadOnlyList<ReportRunInputs>> LoadAsync(string where, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginSnapshotAsync(connection, cancellationToken);
        var runs = await connection.QueryAsync(tx, $"SELECT {InputsColumns} WHERE {where} ORDER BY r.id", reader =>
        {
            var removals = reader.GetInt32(7);
            return new ReportRunInputs(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? [], reader.GetString(6), [],
                removals, removals > reader.GetInt32(8),
                reader.IsDBNull(9) ? null : database.ReadTime(reader, 9));
        }, cancellationToken, parameters);

        for (var i = 0; i < runs.Count; i++)
        {
            runs[i] = runs[i] with { Quotes = await QuotesAsync(connection, tx, runs[i].RunId, cancellationToken) };
        }

        await tx.CommitAsync(cancellationToken);
        return runs;
    }

    private Task<List<ReportQuote>> QuotesAsync(DbConnection connection, DbTransaction tx, long runId, CancellationToken cancellationToken) =>
        connection.QueryAsync(tx,
            "SELECT term_index, position, post_id, day, text FROM report_run_quotes WHERE run_id = @id ORDER BY term_index, position",
            reader => new ReportQuote(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), database.ReadDay(reader, 3), reader.GetString(4)),
            cancellationToken, ("@id", runId));
}
