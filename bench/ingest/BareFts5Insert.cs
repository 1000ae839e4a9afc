using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Sermo.IngestBench;

/// <summary>
/// The reference the ingest target is a fraction of: the drop's texts inserted into a plain SQLite FTS5 table (the
/// post store's tokenizer, WAL with synchronous=NORMAL as the store runs), one prepared statement, one transaction per
/// batch. Nothing else: no parsing in the timed part, no scrubbing, tagging, other tables or indexes.
/// </summary>
internal static class BareFts5Insert
{
    public static (int Posts, TimeSpan Elapsed, TimeSpan Cpu) Run(string drop, string database, int batchSize)
    {
        var texts = File.ReadLines(drop)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
        File.Delete(database);
        using var connection = new SqliteConnection("Data Source=" + database + ";Pooling=False");
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
            CREATE VIRTUAL TABLE bare USING fts5(text, tokenize='porter unicode61 remove_diacritics 2');
            """);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO bare(text) VALUES ($text)";
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        for (var start = 0; start < texts.Count; start += batchSize)
        {
            using var tx = connection.BeginTransaction();
            insert.Transaction = tx;
            foreach (var t in texts.Skip(start).Take(batchSize))
            {
                text.Value = t;
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }

        Execute(connection, "PRAGMA wal_checkpoint(PASSIVE)");
        var elapsed = clock.Elapsed;
        process.Refresh();
        return (texts.Count, elapsed, process.TotalProcessorTime - cpuBefore);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
