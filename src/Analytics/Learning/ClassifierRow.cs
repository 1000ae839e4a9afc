using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sermo.Analytics.Learning;

/// <summary>
/// One example for a text classifier: the text, the task's dense context features (fixed length per task, set by
/// <see cref="Schema"/>), and the label (empty when predicting; mapped to a key only for training and evaluation).
/// </summary>
public sealed class ClassifierRow
{
    public string Text { get; set; } = "";

    public float[] Context { get; set; } = [];

    public string Label { get; set; } = "";

    /// <summary>The row schema with <see cref="Context"/> as a vector of <paramref name="contextLength"/> floats.</summary>
    public static SchemaDefinition Schema(int contextLength)
    {
        var schema = SchemaDefinition.Create(typeof(ClassifierRow));
        schema[nameof(Context)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, contextLength);
        return schema;
    }

    public static IDataView Load(MLContext ml, IEnumerable<ClassifierRow> rows, int contextLength) =>
        ml.Data.LoadFromEnumerable(rows, Schema(contextLength));
}

/// <summary>What a classifier writes per row: one score per label, in the model's label order (probabilities for the multiclass trainers).</summary>
public sealed class ClassifierScores
{
    public float[] Score { get; set; } = [];
}
