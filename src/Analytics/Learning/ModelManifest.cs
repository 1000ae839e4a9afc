using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Analytics.Learning;

/// <summary>
/// <c>manifest.json</c> of a model version: the task, its classifiers (ML.NET zip files, labels in score order,
/// context length), how they were made (data hash, parameters, trainer comparison, time) and their held-out
/// metrics. Format documented in docs/sentiment.md.
/// </summary>
public sealed record ModelManifest
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "sermo-mlnet/1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people to read, never embedded in HTML
    };

    public string Format { get; init; } = CurrentFormat;

    public string Version { get; init; } = "";

    /// <summary>"sentiment" or "aspects".</summary>
    public string Task { get; init; } = "";

    public IReadOnlyList<ClassifierFacts> Classifiers { get; init; } = [];

    /// <summary>What the custom token mapping and lexicon features were when trained (checked at load).</summary>
    public FeatureFacts Features { get; init; } = new(TextTokensMapping.ContractName, "", "");

    public TextClassifierOptions Options { get; init; } = new();

    public TrainingFacts? Training { get; init; }

    public static ModelManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{folder}' is not a model folder: {FileName} is missing", path);
        }

        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        if (manifest is null || manifest.Format != CurrentFormat || manifest.Classifiers.Count == 0 || manifest.Classifiers.Any(c => c.Labels.Count < 2))
        {
            throw new InvalidDataException($"{path}: expected format '{CurrentFormat}' with at least one classifier of two or more labels (a model from before ML.NET must be trained again)");
        }

        return manifest;
    }

    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));
    }

    public ClassifierFacts Classifier(string name) =>
        Classifiers.FirstOrDefault(c => c.Name == name) ?? throw new InvalidDataException($"model {Version} has no '{name}' classifier");

    /// <summary>Refuses a model whose features this build would compute differently.</summary>
    public void CheckFeatures()
    {
        if (Features.TokenMapping != TextTokensMapping.ContractName)
        {
            throw new InvalidDataException($"model {Version} was trained with token mapping '{Features.TokenMapping}'; this build has '{TextTokensMapping.ContractName}'");
        }

        if (Features.LexiconSha256.Length > 0 && Features.LexiconSha256 != OpinionLexicon.Embedded.Sha256)
        {
            throw new InvalidDataException($"model {Version} was trained with another opinion lexicon (sha256 {Features.LexiconSha256}); train it again");
        }
    }
}

/// <summary>One ML.NET model file of a version: what it predicts, the trainer that made it and its held-out metrics.</summary>
public sealed record ClassifierFacts(string Name, string File, IReadOnlyList<string> Labels, int ContextLength, string Trainer, HeldOutMetrics? Metrics = null);

/// <summary>The token mapping contract, the opinion lexicon's hash and the task's context features version.</summary>
public sealed record FeatureFacts(string TokenMapping, string LexiconSha256, string ContextFeatures);

/// <summary>How a version was trained: enough to reproduce it from the same file.</summary>
public sealed record TrainingFacts(
    string DataSha256,
    int Examples,
    double HeldOutFraction,
    DateTimeOffset TrainedAt,
    double Seconds,
    IReadOnlyDictionary<string, IReadOnlyList<TrainerComparison>>? TrainerComparison = null);

/// <summary>Metrics on the held-out part of the training file (stratified split, same seed).</summary>
public sealed record HeldOutMetrics(int Examples, double Accuracy, double MacroF1);
