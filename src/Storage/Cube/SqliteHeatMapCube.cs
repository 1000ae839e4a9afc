using System.Data.Common;
using System.Text.Json;
using Sermo.Storage.Clients;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Cube;

/// <summary>
/// The cube on SQLite (<see cref="SqliteCubeGrainsMigration"/>): dirty days are a set the posts triggers and the
/// ingest store fill, the rollup holds the file's write lock throughout, member numbers are an AUTOINCREMENT table,
/// and an author's remaining posts are found through the <c>posts_authors</c> posting list (decision 006).
/// </summary>
public sealed class SqliteHeatMapCube(SqliteDatabase database, IClientRegistry clients) : HeatMapCube(database, clients)
{
    internal override string MarkRangeDirtySql => """
        INSERT OR IGNORE INTO cube_dirty_days(day)
        SELECT DISTINCT day FROM posts WHERE day BETWEEN @from AND @to
        UNION SELECT DISTINCT bucket FROM cube_counts WHERE grain = 0 AND bucket BETWEEN @from AND @to
        """;

    internal override async Task<IReadOnlyList<DirtyDay>> ReadDirtyDaysAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        await connection.QueryAsync(tx, "SELECT day FROM cube_dirty_days ORDER BY day", reader => new DirtyDay(Database.ReadDay(reader, 0), []), ct);

    internal override Task ClearDirtyAsync(DbConnection connection, DbTransaction tx, DirtyDay day, CancellationToken ct) =>
        connection.ExecuteAsync(tx, "DELETE FROM cube_dirty_days WHERE day = @day", ct, ("@day", Database.Day(day.Day)));

    // AUTOINCREMENT keeps the high-water mark in sqlite_sequence, also for explicitly numbered rows.
    internal override async Task<int> LastMemberNumberAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        (await connection.QueryAsync(tx, "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'cube_members'), 0)",
            reader => reader.GetInt32(0), ct)).Single();

    internal override Task MembersSavedAsync(DbConnection connection, DbTransaction tx, int last, CancellationToken ct) => Task.CompletedTask;

    // Only authors who lost a post since the last rollup can be left without posts (cube_member_checks).
    internal override Task ForgetAuthorsWithoutPostsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        connection.ExecuteAsync(tx, $"""
            DELETE FROM cube_members
             WHERE author_key IN (SELECT author_key FROM cube_member_checks)
               AND NOT EXISTS (SELECT 1 FROM posts_authors WHERE {SqliteAuthorPostingsMigration.MatchAuthor("cube_members.author_key")});
            DELETE FROM cube_member_checks;
            """, ct);

    internal override string BucketsIn(DbCommand command, IReadOnlyList<DateOnly> buckets)
    {
        command.Parameters.Add(command.Parameter("@buckets", JsonSerializer.Serialize(buckets.Select(CubeSql.Day))));
        return "bucket IN (SELECT value FROM json_each(@buckets))";
    }
}
