using Microsoft.ML;
using Microsoft.ML.Data;
using Sermo.Analytics.Learning;

namespace Sermo.Benchmarks.Sentiment.Previous;

/// <summary>
/// How <see cref="TextClassifier.PredictBatch"/> scored a batch before it borrowed one pooled engine for it: one
/// <see cref="ITransformer.Transform"/> over an <see cref="IDataView"/> of the batch, read with one cursor. Kept as
/// the benchmark's peer.
/// </summary>
internal sealed class TransformBatch(TextClassifier classifier)
{
    private readonly MLContext _ml = new(seed: 1);
    private readonly SchemaDefinition _schema = ClassifierRow.Schema(classifier.ContextLength);

    public void Predict(IReadOnlyList<ClassifierRow> rows, Span<float> scores, Span<int> best)
    {
        var k = classifier.Labels.Count;
        var scored = classifier.Model.Transform(_ml.Data.LoadFromEnumerable(rows, _schema));
        var column = scored.Schema["Score"];
        using var cursor = scored.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        var r = 0;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var target = scores.Slice(r * k, k);
            buffer.CopyTo(target);
            best[r++] = target.IndexOf(MaxOf(target));
        }
    }

    private static float MaxOf(ReadOnlySpan<float> values)
    {
        var max = values[0];
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }
}
