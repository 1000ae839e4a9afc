using Microsoft.ML;

namespace Sermo.Analytics.Learning;

/// <summary>
/// A data view whose rows are read on the calling thread, in order: every cursor asks its source for a cursor set of
/// one. ML.NET's cache otherwise pulls its rows through a split-and-consolidate cursor (two worker threads and a
/// consolidating one on two cores) whose hand-offs spin-wait, which cost more CPU than featurizing the rows
/// (decision 086). The rows, their values and their order are the source's.
/// </summary>
public sealed class SingleCursorDataView : IDataView
{
    private readonly IDataView _source;

    public SingleCursorDataView(IDataView source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    public bool CanShuffle => _source.CanShuffle;

    public DataViewSchema Schema => _source.Schema;

    public long? GetRowCount() => _source.GetRowCount();

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        var cursors = _source.GetRowCursorSet(columnsNeeded, 1, rand);
        if (cursors.Length != 1)
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }

            throw new InvalidOperationException($"the source view split a cursor set of one into {cursors.Length}");
        }

        return cursors[0];
    }

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];
}
