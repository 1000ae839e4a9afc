using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// ML.NET model that decides whether an ambiguous term means what the lexicon says, from the candidate's feature
/// tokens (<see cref="AmbiguityCandidate.Features"/>): a bag of those tokens, L2-normalized, into a linear binary
/// classifier. <see cref="Predict"/> scores a batch through one IDataView Transform; <see cref="Keeps"/> scores one
/// candidate with a pooled PredictionEngine (engines are not thread-safe, the model is shared by every thread).
/// </summary>
public sealed class AmbiguityModel
{
    /// <summary>The model the tagger ships with (Lexicons/ambiguity_model.zip), trained by <c>sermo eval tags --ambiguity ... --save-ambiguity-model</c>.</summary>
    public const string EmbeddedFile = "ambiguity_model.zip";

    private const string Label = nameof(AmbiguityRow.Label);
    private const string Vector = "Vector";
    private const string PredictedLabel = "PredictedLabel";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _schema;
    private readonly ObjectPool<PredictionEngine<AmbiguityRow, AmbiguityPrediction>> _engines;

    private AmbiguityModel(MLContext ml, ITransformer transformer, DataViewSchema schema)
    {
        _ml = ml;
        _transformer = transformer;
        _schema = schema;
        _engines = new DefaultObjectPool<PredictionEngine<AmbiguityRow, AmbiguityPrediction>>(new EnginePolicy(ml, transformer));
    }

    public static AmbiguityModel Train(IEnumerable<AmbiguityExample> examples, AmbiguityTrainer trainer, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ml = new MLContext(seed);
        var data = Load(ml, examples);
        return new AmbiguityModel(ml, Pipeline(ml, trainer).Fit(data), data.Schema);
    }

    /// <summary>
    /// Mean accuracy of each trainer over <paramref name="repeats"/> runs of <paramref name="folds"/>-fold
    /// cross-validation, each run splitting the folds with its own seed. On ~240 contexts one split's means differ by a
    /// context or two between trainers, so a single split picked the trainer by chance (decision 116).
    /// </summary>
    public static IReadOnlyDictionary<AmbiguityTrainer, double> CrossValidate(IReadOnlyList<AmbiguityExample> examples, int folds, int repeats, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var ml = new MLContext(seed);
        var data = Load(ml, examples);
        return Enum.GetValues<AmbiguityTrainer>().ToDictionary(
            trainer => trainer,
            trainer => Enumerable.Range(seed, repeats)
                .SelectMany(split => ml.BinaryClassification.CrossValidateNonCalibrated(data, Pipeline(ml, trainer), folds, Label, seed: split))
                .Average(fold => fold.Metrics.Accuracy));
    }

    public static AmbiguityModel Load(Stream stream)
    {
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(stream, out var schema);
        return new AmbiguityModel(ml, transformer, schema);
    }

    /// <summary>The model compiled into Sermo.Analytics.</summary>
    public static AmbiguityModel LoadEmbedded()
    {
        var name = "Sermo.Analytics.Lexicons." + EmbeddedFile;
        using var stream = typeof(AmbiguityModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded disambiguation model '{name}' is missing from Sermo.Analytics");
        return Load(stream);
    }

    public void Save(Stream stream) => _ml.Model.Save(_transformer, _schema, stream);

    /// <summary>One candidate: true when the term means what the lexicon says.</summary>
    public bool Keeps(string features)
    {
        var engine = _engines.Get();
        try
        {
            return engine.Predict(new AmbiguityRow { Features = features }).PredictedLabel;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>For each candidate's features, true when the term means what the lexicon says.</summary>
    public bool[] Predict(IReadOnlyList<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0)
        {
            return [];
        }

        var scored = _transformer.Transform(_ml.Data.LoadFromEnumerable(features.Select(f => new AmbiguityRow { Features = f })));
        return [.. scored.GetColumn<bool>(PredictedLabel)];
    }

    private static IDataView Load(MLContext ml, IEnumerable<AmbiguityExample> examples) =>
        ml.Data.LoadFromEnumerable(examples.Select(e => new AmbiguityRow { Features = e.Features, Label = e.Label }).ToList());

    private static IEstimator<ITransformer> Pipeline(MLContext ml, AmbiguityTrainer trainer)
    {
        // The features are already tokens ("rule:keep", "l1:hx", "w:warfarin"): one bag of them, no char grams.
        var featurize = ml.Transforms.Text.FeaturizeText(Vector, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(AmbiguityRow.Features));
        var trainers = ml.BinaryClassification.Trainers;
        return trainer switch
        {
            AmbiguityTrainer.LogisticRegression => featurize.Append(trainers.LbfgsLogisticRegression(Label, Vector)),
            AmbiguityTrainer.Sdca => featurize.Append(trainers.SdcaLogisticRegression(Label, Vector)),
            AmbiguityTrainer.AveragedPerceptron => featurize.Append(trainers.AveragedPerceptron(Label, Vector)),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
        };
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer transformer) : IPooledObjectPolicy<PredictionEngine<AmbiguityRow, AmbiguityPrediction>>
    {
        public PredictionEngine<AmbiguityRow, AmbiguityPrediction> Create() => ml.Model.CreatePredictionEngine<AmbiguityRow, AmbiguityPrediction>(transformer);

        public bool Return(PredictionEngine<AmbiguityRow, AmbiguityPrediction> obj) => true;
    }
}
