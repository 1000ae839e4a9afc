using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Analytics.Sentiments;

/// <summary>
/// <c>manifest.json</c> of a model version: what it predicts, how it hashes text, and how it was made
/// (data hash, parameters, held-out metrics, time). Format documented in docs/sentiment.md.
/// </summary>
public sealed record ModelManifest
{
    public const string CurrentFormat = "sermo-linear-text/1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format { get; init; } = CurrentFormat;

    public string Version { get; init; } = "";

    public string Task { get; init; } = "sentiment";

    public IReadOnlyList<string> Labels { get; init; } = [];

    public FeatureOptions Features { get; init; } = new();

    public TrainingFacts? Training { get; init; }

    public HeldOutMetrics? Metrics { get; init; }

    public static ModelManifest Read(string folder)
    {
        var path = Path.Combine(folder, LinearTextModel.ManifestFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{folder}' is not a model folder: {LinearTextModel.ManifestFile} is missing", path);
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

        if (manifest is null || manifest.Format != CurrentFormat || manifest.Labels.Count < 2)
        {
            throw new InvalidDataException($"{path}: expected format '{CurrentFormat}' with at least two labels");
        }

        return manifest;
    }

    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, LinearTextModel.ManifestFile), JsonSerializer.Serialize(this, Json));
    }
}

/// <summary>How a version was trained: enough to reproduce it from the same file.</summary>
public sealed record TrainingFacts(
    string DataSha256,
    int Examples,
    int Epochs,
    double LearningRate,
    double L2,
    int Seed,
    double HeldOutFraction,
    DateTimeOffset TrainedAt,
    double Seconds);

/// <summary>Metrics on the held-out part of the training file (stratified split, same seed).</summary>
public sealed record HeldOutMetrics(int Examples, double Accuracy, double MacroF1);
