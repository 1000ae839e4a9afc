using Microsoft.ML;
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

    public static IEstimator<ITransformer> Build(MLContext ml, TextClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.MlNetFeaturizer)
        {
            return ml.Transforms.Text.FeaturizeText(Features, nameof(ClassifierRow.Text))
                .AppendCacheCheckpoint(ml)
                .Append(Trainer(ml, options));
        }

        IEstimator<ITransformer> chain = ml.Transforms.CustomMapping<TextColumn, TokenColumns>(TextTokensMapping.Map, TextTokensMapping.ContractName);
        var columns = new List<string> { nameof(TokenColumns.WordGrams) };
        if (options.CharNgrams)
        {
            chain = chain.Append(ml.Transforms.CustomMapping<TextColumn, CharGramColumn>(CharGramsMapping.Map, CharGramsMapping.ContractName));
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

        // The cache keeps the featurized rows for the trainer's passes; it only matters while fitting.
        return chain
            .Append(ml.Transforms.Concatenate(Features, [.. columns]))
            .AppendCacheCheckpoint(ml)
            .Append(Trainer(ml, options));
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
