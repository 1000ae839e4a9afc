using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Text.Json;

namespace Sermo.Analytics.Sentiments;

/// <summary>One prediction: the winning label, its index, and every label's probability.</summary>
public readonly record struct TextPrediction(string Label, int LabelIndex, float[] Probabilities);

/// <summary>
/// A trained multinomial logistic regression over hashed text features. Loads from a model folder
/// (<c>manifest.json</c> + <c>weights.bin</c> [+ <c>lexicon.tsv</c>], see docs/sentiment.md) without any training
/// code or embedded word list. Thread-safe.
/// </summary>
public sealed class LinearTextModel
{
    public const string ManifestFile = "manifest.json";
    public const string WeightsFile = "weights.bin";
    private const uint WeightsMagic = 0x574D5253; // "SRMW" little-endian
    private const int WeightsVersion = 1;

    [ThreadStatic]
    private static int[]? _threadRows;

    private readonly float[] _weights; // row-major: feature row r holds the K class weights at [r*K, r*K+K)
    private readonly float[] _bias;
    private readonly TextFeaturizer _featurizer;

    public LinearTextModel(IReadOnlyList<string> labels, FeatureOptions features, float[] weights, float[] bias, OpinionLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        _featurizer = new TextFeaturizer(features, lexicon);
        if (labels.Count < 2 || bias.Length != labels.Count || weights.Length != (long)_featurizer.Rows * labels.Count)
        {
            throw new InvalidDataException($"model shape mismatch: {labels.Count} labels, {bias.Length} biases, {weights.Length} weights for 2^{features.Bits} rows");
        }

        Labels = [.. labels];
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<string> Labels { get; }

    public FeatureOptions Features => _featurizer.Options;

    /// <summary>The opinion words the lexicon features use (saved beside the weights), or null.</summary>
    public OpinionLexicon? Lexicon => _featurizer.Lexicon;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Bias => _bias;

    public TextPrediction Predict(string text)
    {
        var probabilities = new float[Labels.Count];
        var best = Predict(text, probabilities);
        return new TextPrediction(Labels[best], best, probabilities);
    }

    /// <summary>Fills <paramref name="probabilities"/> (length = label count) and returns the winning label's index.</summary>
    public int Predict(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        var k = _bias.Length;
        if (probabilities.Length != k)
        {
            throw new ArgumentException($"need {k} probability slots", nameof(probabilities));
        }

        var rows = _threadRows ??= new int[256];
        var count = _featurizer.Extract(text, ref rows);
        _threadRows = rows;
        Span<float> sums = stackalloc float[k];
        sums.Clear();
        var weights = _weights.AsSpan();
        if (k == 3)
        {
            // The common negative/neutral/positive case, unrolled: three adds per feature beat a vector call on 3 lanes.
            float a = 0, b = 0, c = 0;
            for (var i = 0; i < count; i++)
            {
                var row = rows[i] * 3;
                a += weights[row];
                b += weights[row + 1];
                c += weights[row + 2];
            }

            sums[0] = a;
            sums[1] = b;
            sums[2] = c;
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                TensorPrimitives.Add(sums, weights.Slice(rows[i] * k, k), sums);
            }
        }

        var scale = count == 0 ? 0f : 1f / MathF.Sqrt(count);
        TensorPrimitives.MultiplyAdd(sums, scale, _bias, sums);
        TensorPrimitives.SoftMax(sums, probabilities);
        return TensorPrimitives.IndexOfMax(probabilities);
    }

    /// <summary>
    /// Writes <c>weights.bin</c> and, with lexicon features, the word list they use; returns the facts the manifest
    /// records about that list (null without one). The manifest itself is the registry's job.
    /// </summary>
    public LexiconFacts? Save(string folder)
    {
        SaveWeights(folder);
        if (Lexicon is null)
        {
            return null;
        }

        var sha256 = Lexicon.Write(folder);
        return new LexiconFacts(OpinionLexicon.FileName, Lexicon.Sources, Lexicon.Count, sha256, LexiconFacts.LicenceNote);
    }

    /// <summary>Writes <c>weights.bin</c> only.</summary>
    public void SaveWeights(string folder)
    {
        Directory.CreateDirectory(folder);
        using var stream = new FileStream(Path.Combine(folder, WeightsFile), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Span<byte> header = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(header, WeightsMagic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], WeightsVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], _featurizer.Rows);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], _bias.Length);
        stream.Write(header);
        WriteFloats(stream, _bias);
        WriteFloats(stream, _weights);
    }

    /// <summary>Loads a model folder: reads the manifest's labels and features, then the weights.</summary>
    public static LinearTextModel Load(string folder)
    {
        var manifest = ModelManifest.Read(folder);
        var path = Path.Combine(folder, WeightsFile);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> header = stackalloc byte[16];
        stream.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != WeightsMagic || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != WeightsVersion)
        {
            throw new InvalidDataException($"{path}: not a Sermo weights file (version {WeightsVersion})");
        }

        var rows = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var classes = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (rows != 1 << manifest.Features.Bits || classes != manifest.Labels.Count)
        {
            throw new InvalidDataException($"{path}: {rows}×{classes} weights do not match the manifest ({1 << manifest.Features.Bits}×{manifest.Labels.Count})");
        }

        var bias = ReadFloats(stream, classes, path);
        var weights = ReadFloats(stream, rows * classes, path);
        return new LinearTextModel(manifest.Labels, manifest.Features, weights, bias, ReadLexicon(folder, manifest));
    }

    /// <summary>The model folder's own word list, checked against the manifest's hash; never the embedded one.</summary>
    private static OpinionLexicon? ReadLexicon(string folder, ModelManifest manifest)
    {
        if (manifest.Features.Lexicon is null)
        {
            return null;
        }

        var facts = manifest.Lexicon ?? throw new InvalidDataException($"{folder}: features use lexicon '{manifest.Features.Lexicon}' but the manifest has no 'lexicon' entry");
        var path = Path.Combine(folder, facts.File);
        if (Path.GetFileName(facts.File) != facts.File || !File.Exists(path))
        {
            throw new InvalidDataException($"{folder}: lexicon file '{facts.File}' is missing");
        }

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        if (sha256 != facts.Sha256)
        {
            throw new InvalidDataException($"{path}: SHA-256 {sha256} does not match the manifest's {facts.Sha256}");
        }

        return OpinionLexicon.Read(path);
    }

    private static void WriteFloats(Stream stream, float[] values)
    {
        var bytes = new byte[Math.Min(values.Length, 1 << 16) * 4];
        for (var offset = 0; offset < values.Length; offset += bytes.Length / 4)
        {
            var n = Math.Min(bytes.Length / 4, values.Length - offset);
            for (var i = 0; i < n; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[offset + i]);
            }

            stream.Write(bytes, 0, n * 4);
        }
    }

    private static float[] ReadFloats(Stream stream, int count, string path)
    {
        var values = new float[count];
        var bytes = new byte[Math.Min(count, 1 << 16) * 4];
        for (var offset = 0; offset < count; offset += bytes.Length / 4)
        {
            var n = Math.Min(bytes.Length / 4, count - offset);
            try
            {
                stream.ReadExactly(bytes, 0, n * 4);
            }
            catch (EndOfStreamException ex)
            {
                throw new InvalidDataException($"{path}: truncated weights", ex);
            }

            for (var i = 0; i < n; i++)
            {
                values[offset + i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4));
            }
        }

        return values;
    }
}
