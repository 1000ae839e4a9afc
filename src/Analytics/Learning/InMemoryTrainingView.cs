using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sermo.Analytics.Learning;

/// <summary>
/// The featurized training rows in memory for L-BFGS's passes: every row's key label and feature vector, read once
/// from the source on one thread, in the source's order. A cursor hands the stored vector to the trainer as it is;
/// ML.NET's cache copies it into the cursor's buffer on every pass instead, about a sixth of the optimizer's time on
/// 100,000 posts (decision 096). The schema is the source's (its other columns cannot be read here), so the trainer sees
/// the same schema, the same rows and the same values in the same order, and saves the same model.
/// </summary>
public sealed class InMemoryTrainingView : IDataView
{
    private readonly DataViewSchema.Column _label;
    private readonly DataViewSchema.Column _features;
    private readonly uint[] _labels;
    private readonly VBuffer<float>[] _vectors;

    private InMemoryTrainingView(DataViewSchema schema, DataViewSchema.Column label, DataViewSchema.Column features, uint[] labels, VBuffer<float>[] vectors)
    {
        Schema = schema;
        _label = label;
        _features = features;
        _labels = labels;
        _vectors = vectors;
    }

    /// <summary>Not shuffled: the trainers this view serves read in order (L-BFGS); a shuffling trainer keeps ML.NET's cache.</summary>
    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    /// <summary>Reads <paramref name="source"/>'s key label (uint) and float vector columns, one cursor, in order.</summary>
    public static InMemoryTrainingView Read(IDataView source, string labelColumn, string featuresColumn)
    {
        ArgumentNullException.ThrowIfNull(source);
        var label = source.Schema[labelColumn];
        var features = source.Schema[featuresColumn];
        if (label.Type is not KeyDataViewType { RawType: var raw } || raw != typeof(uint))
        {
            throw new ArgumentException($"column '{labelColumn}' is {label.Type}, not a key of uint", nameof(labelColumn));
        }

        if (features.Type is not VectorDataViewType { ItemType: NumberDataViewType } vector || vector.ItemType.RawType != typeof(float))
        {
            throw new ArgumentException($"column '{featuresColumn}' is {features.Type}, not a float vector", nameof(featuresColumn));
        }

        var capacity = (int)Math.Min(source.GetRowCount() ?? 0, int.MaxValue);
        var labels = new List<uint>(capacity);
        var vectors = new List<VBuffer<float>>(capacity);
        using (var cursor = source.GetRowCursor([label, features]))
        {
            var getLabel = cursor.GetGetter<uint>(label);
            var getFeatures = cursor.GetGetter<VBuffer<float>>(features);
            uint key = 0;
            VBuffer<float> buffer = default;
            while (cursor.MoveNext())
            {
                getLabel(ref key);
                getFeatures(ref buffer);
                // A copy into fresh arrays: the source's getter reuses the buffer it is given.
                VBuffer<float> stored = default;
                buffer.CopyTo(ref stored);
                labels.Add(key);
                vectors.Add(stored);
            }
        }

        return new InMemoryTrainingView(source.Schema, label, features, [.. labels], [.. vectors]);
    }

    public long? GetRowCount() => _labels.Length;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        ArgumentNullException.ThrowIfNull(columnsNeeded);
        foreach (var column in columnsNeeded)
        {
            if (column.Index != _label.Index && column.Index != _features.Index)
            {
                throw new NotSupportedException($"the in-memory training rows hold only '{_label.Name}' and '{_features.Name}', not '{column.Name}'");
            }
        }

        return new Cursor(this);
    }

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private sealed class Cursor(InMemoryTrainingView view) : DataViewRowCursor
    {
        private long _position = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool MoveNext()
        {
            if (_position < view._labels.Length)
            {
                _position++;
            }

            return _position < view._labels.Length;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);

        public override bool IsColumnActive(DataViewSchema.Column column) => column.Index == view._label.Index || column.Index == view._features.Index;

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (column.Index == view._label.Index && typeof(TValue) == typeof(uint))
            {
                ValueGetter<uint> label = (ref uint value) => value = view._labels[_position];
                return (ValueGetter<TValue>)(Delegate)label;
            }

            if (column.Index == view._features.Index && typeof(TValue) == typeof(VBuffer<float>))
            {
                // The stored vector itself, not a copy: the trainer only reads it, and the next row's call replaces it.
                ValueGetter<VBuffer<float>> features = (ref VBuffer<float> value) => value = view._vectors[_position];
                return (ValueGetter<TValue>)(Delegate)features;
            }

            throw new InvalidOperationException($"no {typeof(TValue).Name} getter for column '{column.Name}' in the in-memory training rows");
        }
    }
}
