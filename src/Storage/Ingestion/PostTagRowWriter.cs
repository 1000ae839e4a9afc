using System.Text;
using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// Writes new posts' <c>post_tags</c> rows for the ingest store's writer, <see cref="RowsPerStatement"/> rows to one
/// INSERT (decision 095): a batch of 2,000 posts has about 11,000 rows, and one statement a row paid a step, a reset
/// and the statement's start for each. The kinds, values, names and labels come from a small vocabulary, so each
/// distinct string is encoded to UTF-8 once a batch instead of once a row.
/// <c>OR FAIL</c> instead of the default ABORT: with ABORT a multi-row INSERT keeps a statement journal of every page
/// it changes, to undo its own earlier rows on a conflict. Nothing here conflicts (each post's rows are unique by
/// kind and value) except a missing name (NOT NULL), and any failure throws out of the batch's transaction, which
/// rolls back whole, so the partial statement that FAIL leaves is never committed.
/// </summary>
internal sealed class PostTagRowWriter : IDisposable
{
    internal const int RowsPerStatement = 64;
    private const int Columns = 5;
    private const string Insert = "INSERT OR FAIL INTO post_tags (kind, value, post_rowid, name, label) VALUES ";

    private readonly SqliteConnection _connection;
    private readonly SqliteRawStatement _many;
    private SqliteRawStatement? _one;
    private readonly (long PostRowid, PostTagRow Row)[] _pending = new (long, PostTagRow)[RowsPerStatement];
    private readonly Dictionary<string, byte[]> _utf8 = new(StringComparer.Ordinal);
    private int _count;

    public PostTagRowWriter(SqliteConnection connection)
    {
        _connection = connection;
        _many = new SqliteRawStatement(connection, Insert + string.Join(", ", Enumerable.Repeat("(?, ?, ?, ?, ?)", RowsPerStatement)));
    }

    public void Add(long postRowid, PostTagRow row)
    {
        _pending[_count++] = (postRowid, row);
        if (_count == RowsPerStatement)
        {
            Write(_many, 0, RowsPerStatement);
            _count = 0;
        }
    }

    /// <summary>Writes the rows still held, one statement each; call before anything reads <c>post_tags</c>.</summary>
    public void Flush()
    {
        _one ??= new SqliteRawStatement(_connection, Insert + "(?, ?, ?, ?, ?)");
        for (var i = 0; i < _count; i++)
        {
            Write(_one, i, 1);
        }

        _count = 0;
    }

    public void Dispose()
    {
        _many.Dispose();
        _one?.Dispose();
    }

    private void Write(SqliteRawStatement statement, int from, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            var (postRowid, row) = _pending[from + i];
            var at = i * Columns;
            BindText(statement, at + 1, row.Kind);
            BindText(statement, at + 2, row.Value);
            statement.Bind(at + 3, postRowid);
            BindText(statement, at + 4, row.Name); // a missing name fails NOT NULL, as the SQL derivation would
            BindText(statement, at + 5, row.Label);
        }

        statement.Execute();
    }

    private void BindText(SqliteRawStatement statement, int position, string? text)
    {
        if (text is null)
        {
            statement.Bind(position, (string?)null);
            return;
        }

        if (!_utf8.TryGetValue(text, out var bytes))
        {
            bytes = Encoding.UTF8.GetBytes(text);
            _utf8.Add(text, bytes);
        }

        statement.Bind(position, bytes.AsSpan());
    }
}
