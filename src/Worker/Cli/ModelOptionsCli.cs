using System.CommandLine;
using Sermo.Analytics.Learning;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// The featurizing and trainer options that <c>train sentiment|aspects</c> and <c>eval … --folds</c> share. An option
/// left out keeps the basis: the defaults, or with <c>eval --model M --folds k</c> the model's own options.
/// </summary>
internal static class ModelOptionsCli
{
    public const string Auto = "auto";
    private static readonly TextClassifierOptions Defaults = new();

    public static readonly Option<string> Trainer = new("--trainer")
    {
        Description = $"ML.NET trainer: {string.Join(", ", Enum.GetValues<TrainerKind>().Select(t => t.Name()))}, or {Auto} (train: cross-validate each on the training part and keep the best macro-F1).",
        DefaultValueFactory = _ => Defaults.Trainer.Name(),
    };

    public static readonly Option<bool> MlNetFeaturizer = new("--mlnet-featurizer") { Description = "Benchmark peer: ML.NET's FeaturizeText with its defaults instead of Sermo's tokens, lexicon and context features." };
    public static readonly Option<bool> Chars = new("--chars") { Description = "Add character 3-5-gram features (a second custom mapping: more accurate on UCI, several times slower to predict)." };
    public static readonly Option<bool> NoLexicon = new("--no-lexicon") { Description = "Leave out the AFINN-111 + Hu & Liu lexicon features." };
    public static readonly Option<bool> NoContext = new("--no-context") { Description = "Leave out the task's context features (clinical context for sentiment, aspect cues for aspects)." };
    public static readonly Option<float?> L2 = new("--l2") { Description = "L2 penalty of the linear trainers (default: SDCA picks one; L-BFGS 0.01 for sentiment, 0.1 for aspects)." };
    public static readonly Option<int> Iterations = new("--iterations") { Description = "SDCA passes, L-BFGS iterations, LightGBM rounds or perceptron epochs; 0 = the trainer's default." };
    public static readonly Option<float?> Tolerance = new("--tolerance") { Description = "L-BFGS: stop when the objective's mean relative improvement over 5 iterations falls below this (default 1e-4 for sentiment, 1e-5 otherwise)." };
    public static readonly Option<int> Memory = new("--memory") { Description = "L-BFGS: past steps kept for the Hessian estimate; 0 = ML.NET's 20." };
    public static readonly Option<int> Seed = new("--seed") { Description = "Seed for the splits and the trainers; same seed + same file + --threads 1 = same model.", DefaultValueFactory = _ => Defaults.Seed };
    public static readonly Option<int> Threads = new("--threads") { Description = "Trainer threads.", DefaultValueFactory = _ => Defaults.Threads };
    public static readonly Option<int> AutoFolds = new("--auto-folds") { Description = $"Folds of the cross-validation behind --trainer {Auto}.", DefaultValueFactory = _ => 5 };

    public static Option[] All => [Trainer, MlNetFeaturizer, Chars, NoLexicon, NoContext, L2, Iterations, Tolerance, Memory, Seed, Threads];

    /// <summary>The options as given over <paramref name="basis"/>; "auto" leaves the basis's trainer (the caller compares).</summary>
    public static TextClassifierOptions Options(ParseResult parse, TextClassifierOptions? basis = null)
    {
        basis ??= Defaults;
        var trainerName = Pick(parse, Trainer, basis.Trainer.Name());
        var trainer = basis.Trainer;
        if (trainerName != Auto && !TrainerNames.TryParse(trainerName, out trainer))
        {
            throw new UserInputException($"--trainer must be one of {string.Join(", ", Enum.GetValues<TrainerKind>().Select(t => t.Name()))} or {Auto}, not '{trainerName}'");
        }

        var options = basis with
        {
            Trainer = trainer,
            MlNetFeaturizer = parse.GetValue(MlNetFeaturizer) || basis.MlNetFeaturizer,
            CharNgrams = parse.GetValue(Chars) || basis.CharNgrams,
            Lexicon = parse.GetValue(NoLexicon) ? false : basis.Lexicon,
            Context = parse.GetValue(NoContext) ? false : basis.Context,
            // The basis's L2 was chosen for its own trainer; another trainer without --l2 uses its own default.
            L2 = parse.GetResult(L2) is { Implicit: false } ? parse.GetValue(L2) : trainer == basis.Trainer ? basis.L2 : null,
            Iterations = Pick(parse, Iterations, basis.Iterations),
            // Like L2: the basis's tolerance belongs to its L-BFGS; another trainer ignores it and the manifest leaves it out.
            Tolerance = parse.GetResult(Tolerance) is { Implicit: false } ? parse.GetValue(Tolerance) : trainer == basis.Trainer ? basis.Tolerance : null,
            Memory = Pick(parse, Memory, basis.Memory),
            Seed = Pick(parse, Seed, basis.Seed),
            Threads = parse.GetValue(Threads),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UserInputException(ex.Message);
        }

        return options;
    }

    public static bool IsAuto(ParseResult parse) => parse.GetValue(Trainer) == Auto;

    private static T Pick<T>(ParseResult parse, Option<T> option, T basis) =>
        parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option)! : basis;
}
