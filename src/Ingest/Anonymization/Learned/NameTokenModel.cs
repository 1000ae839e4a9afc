using System.Globalization;
using System.Runtime.InteropServices;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// The learned name/place token detector's weights: a logistic regression over <see cref="NameTokenFeatures"/>, trained by
/// ML.NET's SDCA (<see cref="NameTokenTrainer"/>) and shipped as a versioned text file (Data/name-token-model.tsv, embedded).
/// Scoring is a sum of the weights of a word's ~60 hashed features, so the scrub verb pays no ML.NET pipeline per word.
/// </summary>
internal sealed class NameTokenModel
{
    /// <summary>The file format; a file of another version is refused rather than read wrongly.</summary>
    public const int FormatVersion = 1;

    private const string EmbeddedName = "Sermo.Ingest.Anonymization.Data.name-token-model.tsv";

    private readonly float[] _weights;

    public NameTokenModel(float[] weights, float bias, double threshold, string trainedOn)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != NameTokenFeatures.Buckets)
        {
            throw new ArgumentException($"expected {NameTokenFeatures.Buckets} weights, got {weights.Length}", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
        Threshold = threshold;
        TrainedOn = trainedOn;
    }

    public float Bias { get; }

    /// <summary>Probability at or above which a word becomes a name or place; chosen on a set the model was not trained on (decision 058).</summary>
    public double Threshold { get; }

    /// <summary>One line saying what the weights were trained from (sets, counts, seed), kept in the file's header.</summary>
    public string TrainedOn { get; }

    private static readonly Lazy<NameTokenModel> LazyShipped = new(LoadEmbedded);

    /// <summary>The embedded model, read once per process at first use (~0.1 s).</summary>
    public static NameTokenModel Shipped => LazyShipped.Value;

    public NameTokenModel WithThreshold(double threshold) => new(_weights, Bias, threshold, TrainedOn);

    /// <summary>The probability that the word with these hashed features is (part of) a person's name or a place.</summary>
    public double Score(List<int> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sum = Bias;
        foreach (var feature in CollectionsMarshal.AsSpan(features)) // the same additions in the same order, without the list's enumerator
        {
            sum += _weights[feature];
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"# Sermo learned name/place token detector. Written by NameTokenTrainer; do not edit (decision 058).");
        writer.WriteLine($"format\t{FormatVersion}");
        writer.WriteLine($"trained-on\t{TrainedOn}");
        writer.WriteLine($"buckets\t{NameTokenFeatures.Buckets}");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:R}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias\t{Bias:R}"));
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i}\t{_weights[i]:R}"));
            }
        }
    }

    public static NameTokenModel Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weights = new float[NameTokenFeatures.Buckets];
        float? bias = null;
        double? threshold = null;
        var trainedOn = "";
        var format = 0;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{source} line {number}: expected a key, a tab and a value");
            }

            var key = line[..tab];
            var value = line[(tab + 1)..];
            switch (key)
            {
                case "format":
                    format = ParseInt(value, source, number);
                    if (format != FormatVersion)
                    {
                        throw new InvalidDataException($"{source} line {number}: format {format}, this build reads {FormatVersion}");
                    }

                    break;
                case "trained-on":
                    trainedOn = value;
                    break;
                case "buckets":
                    if (ParseInt(value, source, number) != NameTokenFeatures.Buckets)
                    {
                        throw new InvalidDataException($"{source} line {number}: {value} buckets, this build hashes into {NameTokenFeatures.Buckets}");
                    }

                    break;
                case "threshold":
                    threshold = ParseDouble(value, source, number);
                    break;
                case "bias":
                    bias = (float)ParseDouble(value, source, number);
                    break;
                default:
                    var bucket = ParseInt(key, source, number);
                    if (bucket < 0 || bucket >= weights.Length)
                    {
                        throw new InvalidDataException($"{source} line {number}: bucket {bucket} outside 0..{weights.Length - 1}");
                    }

                    weights[bucket] = (float)ParseDouble(value, source, number);
                    break;
            }
        }

        if (format == 0 || bias is null || threshold is null)
        {
            throw new InvalidDataException($"{source}: the format, bias or threshold line is missing");
        }

        return new NameTokenModel(weights, bias.Value, threshold.Value, trainedOn);
    }

    private static NameTokenModel LoadEmbedded()
    {
        using var stream = typeof(NameTokenModel).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"The name model {EmbeddedName} is missing from Sermo.Ingest.");
        using var reader = new StreamReader(stream);
        return Read(reader, "name-token-model.tsv");
    }

    private static int ParseInt(string value, string source, int line) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidDataException($"{source} line {line}: '{value}' is not an integer");

    private static double ParseDouble(string value, string source, int line) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidDataException($"{source} line {line}: '{value}' is not a number");
}
