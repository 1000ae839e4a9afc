using System.Data.Common;

namespace Sermo.Storage.Cube;

/// <summary>
/// Dense member numbers for author keys, so author sets are small integer sets. Numbers are handed out in memory
/// (thread-safe) and stored by <see cref="SaveNewAsync"/> in the rollup's transaction; an author whose posts have
/// all left the store (opt-out, deletion) is forgotten once every set that held them has been rebuilt, and a
/// forgotten author's number is never handed out again (the backend keeps the highest number used).
/// </summary>
internal sealed class CubeMembers
{
    private readonly Dictionary<string, int> _numbers;
    private readonly List<(string Key, int Number)> _new = [];
    private readonly Lock _gate = new();
    private int _next;

    private CubeMembers(Dictionary<string, int> numbers, int next)
    {
        _numbers = numbers;
        _next = next;
    }

    /// <summary>The highest number handed out so far (stored or not).</summary>
    public int Last => _next - 1;

    /// <param name="lastUsed">The highest number ever handed out, forgotten members' included.</param>
    public static async Task<CubeMembers> LoadAsync(DbConnection connection, DbTransaction tx, int lastUsed, CancellationToken ct)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, number) in await connection.QueryAsync(tx, "SELECT author_key, member_no FROM cube_members",
            reader => (reader.GetString(0), reader.GetInt32(1)), ct))
        {
            numbers[key] = number;
        }

        return new CubeMembers(numbers, Math.Max(lastUsed, numbers.Count == 0 ? 0 : numbers.Values.Max()) + 1);
    }

    public int Number(string authorKey)
    {
        lock (_gate)
        {
            if (!_numbers.TryGetValue(authorKey, out var number))
            {
                number = _next++;
                _numbers[authorKey] = number;
                _new.Add((authorKey, number));
            }

            return number;
        }
    }

    public async Task SaveNewAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        await using var insert = connection.Command(tx, "INSERT INTO cube_members (member_no, author_key) VALUES (@no, @key)", ("@no", 0), ("@key", ""));
        foreach (var (authorKey, number) in _new)
        {
            insert.Parameters[0].Value = number;
            insert.Parameters[1].Value = authorKey;
            await insert.ExecuteNonQueryAsync(ct);
        }

        _new.Clear();
    }
}
