using System.IO.Compression;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sermo.Analytics.Learning;

/// <summary>
/// Two <see cref="TextClassifier"/>s whose featurizers are the same (the aspect model's aspect and polarity
/// classifiers: one manifest, one set of options) scored from one featurization of each row: one ML.NET chain runs the
/// featurizer once, then the first classifier's predictor, a copy of its scores, then the second's predictor. The
/// predictors are the trained models' own transformers reading the same feature vector, so every score is the one
/// each classifier's own pipeline gives (decision 136). Thread-safe: engines are pooled like <see cref="TextClassifier"/>'s.
/// </summary>
public sealed class SharedFeatureClassifiers
{
    private const string FirstScoreColumn = nameof(ClassifierPairScores.FirstScore);

    private readonly MLContext _ml = new(seed: 1);
    private readonly ITransformer _chain;
    private readonly SchemaDefinition _inputSchema;
    private readonly ObjectPool<PredictionEngine<ClassifierRow, ClassifierPairScores>> _engines;
    private readonly int _contextLength;
    private readonly int _firstLabels;
    private readonly int _secondLabels;

    private SharedFeatureClassifiers(ITransformer chain, int contextLength, int firstLabels, int secondLabels)
    {
        _chain = chain;
        _inputSchema = ClassifierRow.Schema(contextLength);
        _contextLength = contextLength;
        _firstLabels = firstLabels;
        _secondLabels = secondLabels;
        _engines = new DefaultObjectPoolProvider { MaximumRetained = Math.Max(2, Environment.ProcessorCount * 2) }.Create(new EnginePolicy(this));
    }

    /// <summary>
    /// The pair scored from one featurization, or null when the two cannot share it: a model that is not a chain ending
    /// in a predictor, other context lengths, or featurizers that ML.NET saves differently (compared entry by entry).
    /// </summary>
    public static SharedFeatureClassifiers? TryCreate(TextClassifier first, TextClassifier second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.ContextLength != second.ContextLength
            || Split(first.Model) is not ({ } featurizer, { } firstPredictor)
            || Split(second.Model) is not ({ } otherFeaturizer, { } secondPredictor))
        {
            return null;
        }

        var ml = new MLContext(seed: 1);
        var input = TextClassifier.InputSchema(ml, first.ContextLength);
        if (!SavedAlike(ml, featurizer, otherFeaturizer, input))
        {
            return null;
        }

        // The second predictor writes Score too, hiding the first's: the first's is copied under its own name before.
        var scored = new TransformerChain<ITransformer>([.. featurizer, firstPredictor]);
        var copy = ml.Transforms.CopyColumns(FirstScoreColumn, "Score").Fit(scored.Transform(ClassifierRow.Load(ml, [], first.ContextLength)));
        var chain = new TransformerChain<ITransformer>([.. featurizer, firstPredictor, copy, secondPredictor]);
        return new SharedFeatureClassifiers(chain, first.ContextLength, first.Labels.Count, second.Labels.Count);
    }

    /// <summary>
    /// A batch: row r's scores go to <c>firstScores[r * first labels ..]</c> and <c>secondScores[r * second labels ..]</c>,
    /// its winning indexes to <c>firstBest[r]</c> and <c>secondBest[r]</c> (the first highest score wins, as in
    /// <see cref="TextClassifier.PredictBatch"/>).
    /// </summary>
    public void PredictBatch(IReadOnlyList<ClassifierRow> rows, Span<float> firstScores, Span<int> firstBest, Span<float> secondScores, Span<int> secondBest)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (firstScores.Length < rows.Count * _firstLabels || secondScores.Length < rows.Count * _secondLabels
            || firstBest.Length < rows.Count || secondBest.Length < rows.Count)
        {
            throw new ArgumentException("output spans are shorter than the batch");
        }

        var engine = _engines.Get();
        try
        {
            var output = new ClassifierPairScores();
            for (var r = 0; r < rows.Count; r++)
            {
                if (rows[r].Context?.Length != _contextLength)
                {
                    throw new ArgumentException($"row {r}: context features must have length {_contextLength}, not {rows[r].Context?.Length}");
                }

                engine.Predict(rows[r], ref output);
                var first = firstScores.Slice(r * _firstLabels, _firstLabels);
                output.FirstScore.AsSpan(0, _firstLabels).CopyTo(first);
                firstBest[r] = TextClassifier.ArgMax(first);
                var second = secondScores.Slice(r * _secondLabels, _secondLabels);
                output.Score.AsSpan(0, _secondLabels).CopyTo(second);
                secondBest[r] = TextClassifier.ArgMax(second);
            }
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>A fitted pipeline as its featurizer transformers and its final predictor, when it is such a chain.</summary>
    private static (ITransformer[]? Featurizer, ITransformer? Predictor) Split(ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain)
        {
            return (null, null);
        }

        ITransformer[] parts = [.. chain];
        return parts.Length >= 2 && parts[^1] is IPredictionTransformer<object>
            ? (parts[..^1], parts[^1])
            : (null, null);
    }

    /// <summary>True when ML.NET saves both featurizers as the same entries with the same bytes.</summary>
    private static bool SavedAlike(MLContext ml, ITransformer[] a, ITransformer[] b, DataViewSchema input)
    {
        var left = Entries(ml, a, input);
        var right = Entries(ml, b, input);
        return left.Count == right.Count && left.All(e => right.TryGetValue(e.Key, out var bytes) && bytes.AsSpan().SequenceEqual(e.Value));
    }

    private static Dictionary<string, byte[]> Entries(MLContext ml, ITransformer[] featurizer, DataViewSchema input)
    {
        using var zip = new MemoryStream();
        ml.Model.Save(new TransformerChain<ITransformer>(featurizer), input, zip);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            entries[entry.FullName] = bytes.ToArray();
        }

        return entries;
    }

    private sealed class EnginePolicy(SharedFeatureClassifiers owner) : IPooledObjectPolicy<PredictionEngine<ClassifierRow, ClassifierPairScores>>
    {
        public PredictionEngine<ClassifierRow, ClassifierPairScores> Create() =>
            owner._ml.Model.CreatePredictionEngine<ClassifierRow, ClassifierPairScores>(owner._chain, inputSchemaDefinition: owner._inputSchema);

        public bool Return(PredictionEngine<ClassifierRow, ClassifierPairScores> obj) => true;
    }
}

/// <summary>What <see cref="SharedFeatureClassifiers"/>' chain writes per row: the first classifier's scores (copied) and the second's.</summary>
public sealed class ClassifierPairScores
{
    public float[] FirstScore { get; set; } = [];

    public float[] Score { get; set; } = [];
}
