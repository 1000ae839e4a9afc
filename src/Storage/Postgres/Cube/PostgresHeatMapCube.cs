using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;

namespace Sermo.Storage.Postgres.Cube;

/// <summary>
/// The cube on PostgreSQL. Rollups of every host take one advisory lock, so one runs at a time; ingest on other hosts
/// goes on meanwhile. Dirty days and member checks are append-only logs (<see cref="PostgresStoreSchema"/>): the rollup
/// deletes exactly the marks it read, so a day a writer marks while the rollup runs stays dirty for the next one.
/// Member numbers come from a sequence that is never rewound.
/// </summary>
public sealed class PostgresHeatMapCube(PostgresStoreDatabase database, IClientRegistry clients) : HeatMapCube(database, clients)
{
    internal override string MarkRangeDirtySql => """
        INSERT INTO cube_dirty_days (day)
        SELECT day FROM posts WHERE day BETWEEN @from AND @to
        UNION SELECT bucket FROM cube_counts WHERE grain = 0 AND bucket BETWEEN @from AND @to
        ORDER BY 1
        """;

    internal override async Task<IReadOnlyList<DirtyDay>> ReadDirtyDaysAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        await connection.QueryAsync(tx, "SELECT day, array_agg(seq) FROM cube_dirty_days GROUP BY day ORDER BY day",
            reader => new DirtyDay(Database.ReadDay(reader, 0), reader.GetFieldValue<long[]>(1)), ct);

    internal override Task ClearDirtyAsync(DbConnection connection, DbTransaction tx, DirtyDay day, CancellationToken ct) =>
        connection.ExecuteAsync(tx, "DELETE FROM cube_dirty_days WHERE seq = ANY(@marks)", ct, ("@marks", day.Marks.ToArray()));

    internal override async Task<int> LastMemberNumberAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        (await connection.QueryAsync(tx, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM cube_member_numbers",
            reader => Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), ct)).Single();

    internal override async Task MembersSavedAsync(DbConnection connection, DbTransaction tx, int last, CancellationToken ct)
    {
        if (last > 0)
        {
            await connection.ExecuteAsync(tx, "SELECT setval('cube_member_numbers', @last)", ct, ("@last", (long)last));
        }
    }

    // The checks this statement sees are consumed; a check committed after it waits for the next rollup.
    internal override async Task ForgetAuthorsWithoutPostsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        var checkedAuthors = await connection.QueryAsync(tx, "DELETE FROM cube_member_checks RETURNING author_key", reader => reader.GetString(0), ct);
        await connection.ExecuteAsync(tx, """
            DELETE FROM cube_members m
             WHERE m.author_key = ANY(@authors) AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.author_key = m.author_key)
            """, ct, ("@authors", checkedAuthors.Distinct(StringComparer.Ordinal).ToArray()));
    }

    internal override string BucketsIn(DbCommand command, IReadOnlyList<DateOnly> buckets)
    {
        command.Parameters.Add(new NpgsqlParameter("@buckets", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = buckets.ToArray() });
        return "bucket = ANY(@buckets)";
    }
}
