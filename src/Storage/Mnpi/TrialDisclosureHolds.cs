using System.Data.Common;

namespace Sermo.Storage.Mnpi;

/// <summary>The compliance log of the MNPI guard on either backend: written by the cube rollup, read by compliance staff.</summary>
public sealed class TrialDisclosureHolds(StoreDatabase database)
{
    /// <summary>Newest post day first.</summary>
    public async Task<IReadOnlyList<TrialDisclosureHold>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT post_id, client_id, day, score, by_rules, cues FROM trial_disclosure_holds ORDER BY day DESC, post_id, client_id LIMIT @limit
            """,
            reader => new TrialDisclosureHold(reader.GetString(0), reader.GetString(1), database.ReadDay(reader, 2), reader.GetDouble(3),
                Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture) == 1, reader.GetString(5)),
            cancellationToken, ("@limit", limit));
    }

    /// <summary>Logs the holds of one rolled-up day in the rollup's transaction; a post already logged for a client keeps its first row.</summary>
    internal static async Task RecordAsync(DbConnection connection, DbTransaction tx, StoreDatabase database, IEnumerable<TrialDisclosureHold> holds, CancellationToken cancellationToken)
    {
        foreach (var hold in holds)
        {
            await connection.ExecuteAsync(tx, """
                INSERT INTO trial_disclosure_holds (post_id, client_id, day, score, by_rules, cues)
                VALUES (@post, @client, @day, @score, @rules, @cues) ON CONFLICT (post_id, client_id) DO NOTHING
                """, cancellationToken,
                ("@post", hold.PostId), ("@client", hold.ClientId), ("@day", database.Day(hold.Day)), ("@score", hold.Score),
                ("@rules", hold.ByRules ? 1 : 0), ("@cues", hold.Cues));
        }
    }
}
