using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace Sermo.Analytics.Learning;

/// <summary>
/// The ML.NET pipeline of every Sermo text classifier, as data: Sermo's tokens and lexicon features (custom mapping)
/// → hashed word n-grams and hashed character n-grams of the token string, each L2-normalized → concatenated with
/// the lexicon and the task's context features → a multiclass trainer. The label is a key column mapped before the
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
        IEstimator<ITransformer> chain = ml.Transforms.CustomMapping<TextColumn, TokenColumns>(TextTokensMapping.Map, TextTokensMapping.ContractName)
            .Append(ml.Transforms.Text.ProduceHashedWordBags("WordGrams", nameof(TokenColumns.Words), options.Bits, options.WordNgrams, useAllLengths: true, seed: (uint)options.Seed))
            .Append(ml.Transforms.NormalizeLpNorm("WordGrams"));
        var columns = new List<string> { "WordGrams" };
        if (options.CharNgrams > 0)
        {
            chain = chain
                .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("CharKeys", nameof(TokenColumns.Words)))
                .Append(ml.Transforms.Text.ProduceHashedNgrams("CharGrams", "CharKeys", options.Bits, options.CharNgrams, useAllLengths: true, seed: (uint)options.Seed + 1))
                .Append(ml.Transforms.NormalizeLpNorm("CharGrams"));
            columns.Add("CharGrams");
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
                    OptimizationTolerance = 1e-5f,
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
