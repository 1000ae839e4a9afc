using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.DeadLetters;

/// <summary>
/// Folds one run over one source's rejected records, in source order, into dead-letter rows (decision 018): a record
/// refused for the same reason as the previous refused record grows that row (its last position and count) instead of
/// opening one; once <c>rowsBeforeMerging</c> rows are open, every further record grows the row of its reason. So one
/// source run writes at most that many rows plus one per reason, and each row still counts every record it stands for.
/// </summary>
public sealed class DeadLetterRuns(int rowsBeforeMerging)
{
    private readonly Dictionary<string, DeadLetter> _latestByReason = new(StringComparer.Ordinal);
    private string? _previousReason;
    private int _rows;

    /// <summary>The rows a batch's rejections open or grow, each once in its latest state, in the order first touched.</summary>
    public IReadOnlyList<DeadLetter> Fold(IEnumerable<DeadLetter> rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var touched = new List<string>();
        var rows = new Dictionary<string, DeadLetter>(StringComparer.Ordinal);
        foreach (var record in rejected)
        {
            DeadLetter row;
            if ((record.Reason == _previousReason || _rows >= rowsBeforeMerging) && _latestByReason.TryGetValue(record.Reason, out var open))
            {
                row = open with { LastPosition = record.LastPosition ?? record.Position, Records = open.Records + record.Records };
            }
            else
            {
                row = record;
                _rows++;
            }

            _latestByReason[record.Reason] = row;
            _previousReason = record.Reason;
            if (rows.TryAdd(row.Position, row))
            {
                touched.Add(row.Position);
            }
            else
            {
                rows[row.Position] = row;
            }
        }

        return touched.Select(position => rows[position]).ToList();
    }
}
