using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sermo.Analytics.Learning;

/// <summary>
/// A trained ML.NET text classifier: the fitted pipeline (<see cref="TextClassifierPipeline"/>), its labels in score
/// order and the length of its context vector. Thread-safe: predictions borrow a
/// <see cref="PredictionEngine{TSrc,TDst}"/> from a pool (an engine is not thread-safe and costly to build), one
/// per post or one per batch (ingest's slices); evaluation runs <see cref="ITransformer.Transform"/> over a data view.
/// </summary>
public sealed class TextClassifier
{
    public const string ModelFile = "model.zip";
    private const string ScoreColumn = "Score";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly SchemaDefinition _inputSchema;
    private readonly ObjectPool<PredictionEngine<ClassifierRow, ClassifierScores>> _engines;

    public TextClassifier(MLContext ml, ITransformer model, IReadOnlyList<string> labels, int contextLength)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labels);
        _ml = ml;
        _model = model;
        Labels = [.. labels];
        ContextLength = contextLength;
        _inputSchema = ClassifierRow.Schema(contextLength);
        var scores = model.GetOutputSchema(InputSchema(ml, contextLength)).GetColumnOrNull(ScoreColumn)?.Type as VectorDataViewType;
        if (Labels.Count < 2 || scores is null || scores.Size != Labels.Count)
        {
            throw new InvalidDataException($"model shape mismatch: {Labels.Count} labels but {scores?.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} scores");
        }

        // The provider hands back a pool that disposes engines it does not keep.
        _engines = new DefaultObjectPoolProvider { MaximumRetained = Math.Max(2, Environment.ProcessorCount * 2) }.Create(new EnginePolicy(this));
    }

    public IReadOnlyList<string> Labels { get; }

    public int ContextLength { get; }

    public ITransformer Model => _model;

    /// <summary>Loads a classifier's zip from a version folder; its labels and context length come from the manifest.</summary>
    public static TextClassifier Load(string folder, ClassifierFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var path = Path.Combine(folder, facts.File);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{folder}' holds no {facts.File}", path);
        }

        var ml = new MLContext(seed: 1);
        ml.ComponentCatalog.RegisterAssembly(typeof(TextTokensMapping).Assembly);
        ITransformer model;
        try
        {
            using var stream = File.OpenRead(path);
            model = ml.Model.Load(stream, out _);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: not a loadable ML.NET model ({ex.Message})", ex);
        }

        return new TextClassifier(ml, model, facts.Labels, facts.ContextLength);
    }

    /// <summary>Writes the fitted pipeline as an ML.NET zip (<paramref name="file"/> in <paramref name="folder"/>).</summary>
    public void Save(string folder, string file = ModelFile)
    {
        Directory.CreateDirectory(folder);
        using var stream = File.Create(Path.Combine(folder, file));
        _ml.Model.Save(_model, InputSchema(_ml, ContextLength), stream);
    }

    /// <summary>One text: fills <paramref name="scores"/> (one per label) and returns the winning label's index. Pooled engine.</summary>
    public int Predict(string text, float[] context, Span<float> scores)
    {
        CheckContext(context);
        var engine = _engines.Get();
        try
        {
            var output = engine.Predict(new ClassifierRow { Text = text, Context = context });
            output.Score.AsSpan().CopyTo(scores);
            return ArgMax(scores[..Labels.Count]);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>
    /// A batch: writes row r's scores to <c>scores[r * Labels.Count ..]</c> and its winning index to <c>best[r]</c>.
    /// One pooled engine scores the whole batch into one reused output: building a <c>Transform</c> over an
    /// <see cref="IDataView"/> of the batch costs more per batch than the engine costs per row (bench/sentiment).
    /// </summary>
    public void PredictBatch(IReadOnlyList<ClassifierRow> rows, Span<float> scores, Span<int> best)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var k = Labels.Count;
        if (scores.Length < rows.Count * k || best.Length < rows.Count)
        {
            throw new ArgumentException("output spans are shorter than the batch");
        }

        foreach (var row in rows)
        {
            CheckContext(row.Context);
        }

        var engine = _engines.Get();
        try
        {
            var output = new ClassifierScores();
            for (var r = 0; r < rows.Count; r++)
            {
                engine.Predict(rows[r], ref output);
                var target = scores.Slice(r * k, k);
                output.Score.AsSpan(0, k).CopyTo(target);
                best[r] = ArgMax(target);
            }
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>Scores <paramref name="view"/> (columns Text, Context and optionally Label): for evaluation.</summary>
    internal IDataView Transform(IDataView view) => _model.Transform(view);

    internal static DataViewSchema InputSchema(MLContext ml, int contextLength) => ClassifierRow.Load(ml, [], contextLength).Schema;

    /// <summary>The index of the highest value; the first of equal highest ones.</summary>
    internal static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private void CheckContext(float[] context)
    {
        if (context is null || context.Length != ContextLength)
        {
            throw new ArgumentException($"context features must have length {ContextLength}, not {context?.Length}");
        }
    }

    private sealed class EnginePolicy(TextClassifier owner) : IPooledObjectPolicy<PredictionEngine<ClassifierRow, ClassifierScores>>
    {
        public PredictionEngine<ClassifierRow, ClassifierScores> Create() =>
            owner._ml.Model.CreatePredictionEngine<ClassifierRow, ClassifierScores>(owner._model, inputSchemaDefinition: owner._inputSchema);

        public bool Return(PredictionEngine<ClassifierRow, ClassifierScores> obj) => true;
    }
}
