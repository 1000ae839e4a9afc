using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace Sermo.Analytics.Learning;

/// <summary>
/// The ML.NET pipeline of every Sermo text classifier, as data: Sermo's tokens as hashed word n-grams and lexicon
/// features (custom mapping <see cref="TextTokensMapping"/>), optionally hashed character n-grams
/// (<see cref="CharGramsMapping"/>) → concatenated with
/// the task's context features → a cache → a multiclass trainer. The label is a key column mapped before the
/// pipeline (<see cref="TextClassifierTrainer"/>), so the saved model needs only Text and Context to predict.
/// </summary>
public static class TextClassifierPipeline
{
    public const string Features = "Features";
    public const string Label = "Label";

    /// <summary>The whole pipeline as one estimator (for ML.NET's <c>CrossValidate</c>): featurizer → cache → trainer.</summary>
    public static IEstimator<ITransformer> Build(MLContext ml, TextClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        // The cache keeps the featurized rows for the trainer's passes; it only matters while fitting.
        return Featurizer(ml, options).AppendCacheCheckpoint(ml).Append(Trainer(ml, options));
    }

    /// <summary>
    /// Fits <see cref="Build"/>'s pipeline the way <c>EstimatorChain.Fit</c> does (featurizer, its output cached, the
    /// trainer on the cache; the same transformers in the same chain), except that the cache reads the featurized rows
    /// on one thread (<see cref="SingleCursorDataView"/>), and for L-BFGS is <see cref="InMemoryTrainingView"/>: the same
    /// rows in the same order, so the same model, for less CPU (decisions 086, 096).
    /// </summary>
    public static ITransformer Fit(MLContext ml, TextClassifierOptions options, IDataView data)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        options.Validate();
        var featurizer = Featurizer(ml, options).Fit(data);
        var featurized = new SingleCursorDataView(featurizer.Transform(data));
        // L-BFGS reads its rows in order on every pass: held in memory, handed out without a copy (decision 096).
        // The others shuffle, which ML.NET's cache does.
        var cached = options.Trainer == TrainerKind.Lbfgs
            ? InMemoryTrainingView.Read(featurized, Label, Features)
            : ml.Data.Cache(featurized);
        return featurizer.Append(Trainer(ml, options).Fit(cached));
    }

    /// <summary>Text (and context) → the Features column: Sermo's token mappings and the concatenation, or ML.NET's <c>FeaturizeText</c>.</summary>
    private static EstimatorChain<ITransformer> Featurizer(MLContext ml, TextClassifierOptions options)
    {
        if (options.MlNetFeaturizer)
        {
            return new EstimatorChain<ITransformer>().Append<ITransformer>(ml.Transforms.Text.FeaturizeText(Features, nameof(ClassifierRow.Text)));
        }

        var chain = new EstimatorChain<ITransformer>().Append<ITransformer>(ml.Transforms.CustomMapping<TextColumn, TokenColumns>(TextTokensMapping.Map, TextTokensMapping.ContractName));
        var columns = new List<string> { nameof(TokenColumns.WordGrams) };
        if (options.CharNgrams)
        {
            chain = chain.Append<ITransformer>(ml.Transforms.CustomMapping<TextColumn, CharGramColumn>(CharGramsMapping.Map, CharGramsMapping.ContractName));
            columns.Add(nameof(CharGramColumn.CharGrams));
        }

        if (options.Lexicon)
        {
            columns.Add(nameof(TokenColumns.Lexicon));
        }

        if (options.Context)
        {
            columns.Add(nameof(ClassifierRow.Context));
        }

        return chain.Append<ITransformer>(ml.Transforms.Concatenate(Features, [.. columns]));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, TextClassifierOptions options)
    {
        var trainers = ml.MulticlassClassification.Trainers;
        var iterations = options.Iterations > 0 ? options.Iterations : (int?)null;
        switch (options.Trainer)
        {
            case TrainerKind.Sdca:
                return trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = Label,
                    FeatureColumnName = Features,
                    L2Regularization = options.L2,
                    MaximumNumberOfIterations = iterations,
                    NumberOfThreads = options.Threads,
                    Shuffle = true,
                });
            case TrainerKind.Lbfgs:
                return trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = Label,
                    FeatureColumnName = Features,
                    L2Regularization = options.L2 ?? 0.1f,
                    L1Regularization = 0,
                    MaximumNumberOfIterations = iterations ?? 200,
                    NumberOfThreads = options.Threads,
                    OptimizationTolerance = options.Tolerance ?? 1e-5f,
                    HistorySize = options.Memory > 0 ? options.Memory : 20,
                });
            case TrainerKind.LightGbm:
                return trainers.LightGbm(new LightGbmMulticlassTrainer.Options
                {
                    LabelColumnName = Label,
                    FeatureColumnName = Features,
                    NumberOfIterations = iterations ?? 200,
                    NumberOfLeaves = 31,
                    MinimumExampleCountPerLeaf = 5,
                    LearningRate = 0.1,
                    NumberOfThreads = options.Threads,
                    Seed = options.Seed,
                    Silent = true,
                });
            case TrainerKind.OvaPerceptron:
                return trainers.OneVersusAll(
                    ml.BinaryClassification.Trainers.AveragedPerceptron(Label, Features, numberOfIterations: iterations ?? 10),
                    Label);
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "unknown trainer");
        }
    }
}
