using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sermo.Storage.Cube;

internal static class CubeSql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Dense member numbers for author keys, so author sets are small integer sets. An author whose posts have all left
/// the store (opt-out, deletion) is forgotten at the end of the rollup that removed them from every set.
/// </summary>
internal sealed class CubeMembers
{
    private readonly SqliteCommand _insert;
    private readonly Dictionary<string, int> _numbers;

    private CubeMembers(SqliteCommand insert, Dictionary<string, int> numbers)
    {
        _insert = insert;
        _numbers = numbers;
    }

    public static async Task<CubeMembers> LoadAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var select = CubeSql.Command(connection, tx, "SELECT author_key, member_no FROM cube_members"))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                numbers[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var insert = CubeSql.Command(connection, tx, "INSERT INTO cube_members (author_key) VALUES ($key) RETURNING member_no");
        insert.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        return new CubeMembers(insert, numbers);
    }

    public async ValueTask<int> NumberAsync(string authorKey, CancellationToken ct)
    {
        if (!_numbers.TryGetValue(authorKey, out var number))
        {
            _insert.Parameters[0].Value = authorKey;
            number = Convert.ToInt32(await _insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            _numbers[authorKey] = number;
        }

        return number;
    }

    public async Task ForgetAuthorsWithoutPostsAsync(CancellationToken ct)
    {
        _insert.CommandText = """
            DELETE FROM cube_members
            WHERE NOT EXISTS (SELECT 1 FROM posts WHERE posts.author_key = cube_members.author_key)
            """;
        _insert.Parameters.Clear();
        await _insert.ExecuteNonQueryAsync(ct);
    }
}
