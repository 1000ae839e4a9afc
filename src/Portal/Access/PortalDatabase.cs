using System.Globalization;
using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Portal.Access;

/// <summary>Connections to the data folder's SQLite file with the portal's tables in place (created once per process).</summary>
public sealed class PortalDatabase(SqliteDatabase database)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _ready;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        if (!_ready)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (!_ready)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = PortalSchema.Sql;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                    _ready = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return connection;
    }

    /// <summary>UTC round-trip text, so times compare correctly as strings in SQL.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTime(SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ReadTimeOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);
}
