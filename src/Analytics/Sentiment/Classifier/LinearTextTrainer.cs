using System.Diagnostics;
using System.Numerics.Tensors;

namespace Sermo.Analytics.Sentiments;

/// <summary>Trainer settings; defaults are the ones measured in docs/sentiment.md.</summary>
public sealed record TrainingOptions
{
    /// <summary>
    /// Defaults to the shipped opinion lexicon on: 10-fold on the UCI sentences 0.8641 with it, 0.8485 without
    /// (docs/sentiment.md). <see cref="FeatureOptions"/> alone defaults to off, which is what a manifest without a
    /// lexicon entry means.
    /// </summary>
    public FeatureOptions Features { get; init; } = new() { Lexicon = $"{OpinionLexicon.Afinn}+{OpinionLexicon.Liu}" };

    public int Epochs { get; init; } = 10;

    /// <summary>AdaGrad's base step.</summary>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>L2 penalty, applied to the rows an example touches (lazy regularization).</summary>
    public double L2 { get; init; } = 1e-5;

    public int Seed { get; init; } = 1;

    /// <summary>Threads used to featurize the data set; the optimizer itself is one thread, so results never depend on it.</summary>
    public int Threads { get; init; } = 1;

    public void Validate()
    {
        Features.Validate();
        if (Epochs is < 1 or > 1000 || LearningRate <= 0 || L2 < 0 || Threads < 1)
        {
            throw new ArgumentException($"bad training options: epochs={Epochs}, lr={LearningRate}, l2={L2}, threads={Threads}");
        }
    }
}

/// <summary>Progress after each epoch: mean training log-loss.</summary>
public readonly record struct TrainingProgress(int Epoch, int Epochs, double Loss, TimeSpan Elapsed);

/// <summary>
/// Multinomial logistic regression with L2, trained by AdaGrad SGD over hashed features. Deterministic for a seed:
/// the shuffle is seeded and the optimizer runs on one thread (featurizing may use several; it is order-free).
/// </summary>
public static class LinearTextTrainer
{
    public static LinearTextModel Train(IReadOnlyList<LabeledText> data, TrainingOptions options, IReadOnlyList<string>? labels = null, Action<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        labels ??= LabelsOf(data);
        if (labels.Count < 2)
        {
            throw new ArgumentException($"training needs at least two labels; found {labels.Count}");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            index[labels[i]] = i;
        }

        var targets = new int[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            if (!index.TryGetValue(data[i].Label, out targets[i]))
            {
                throw new ArgumentException($"example {i} has label '{data[i].Label}', not one of {string.Join(", ", labels)}");
            }
        }

        var clock = Stopwatch.StartNew();
        var featurizer = new TextFeaturizer(options.Features);
        var (offsets, rows, scales) = Featurize(featurizer, data, options.Threads);

        var k = labels.Count;

        // Training layout: each feature row holds its k class weights and then its AdaGrad accumulator, so one
        // example touches one cache line per feature instead of two arrays (the model keeps k per row).
        var stride = k + 1;
        var table = new float[(long)featurizer.Rows * stride];
        var bias = new float[k];
        var biasSquares = new float[k];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(options.Seed);
        var lr = (float)options.LearningRate;
        var l2 = (float)options.L2;
        Span<float> logits = stackalloc float[k];
        Span<float> gradient = stackalloc float[k];
        Span<float> step = stackalloc float[k];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            foreach (var example in order)
            {
                var features = rows.AsSpan(offsets[example], offsets[example + 1] - offsets[example]);
                var scale = scales[example];
                Gather(table, features, stride, logits);
                TensorPrimitives.MultiplyAdd(logits, scale, bias, logits);
                TensorPrimitives.SoftMax(logits, gradient);
                var target = targets[example];
                loss -= Math.Log(Math.Max(gradient[target], 1e-12f));
                gradient[target] -= 1f; // ∂loss/∂logit = p - y

                for (var c = 0; c < k; c++)
                {
                    var g = gradient[c];
                    biasSquares[c] += g * g;
                    bias[c] -= lr * g / MathF.Sqrt(biasSquares[c] + 1e-8f);
                }

                TensorPrimitives.Multiply(gradient, scale, gradient);
                Update(table, features, stride, gradient, step, lr, l2);
            }

            progress?.Invoke(new TrainingProgress(epoch, options.Epochs, loss / Math.Max(1, data.Count), clock.Elapsed));
        }

        var weights = new float[(long)featurizer.Rows * k];
        for (var row = 0; row < featurizer.Rows; row++)
        {
            table.AsSpan(row * stride, k).CopyTo(weights.AsSpan(row * k, k));
        }

        return new LinearTextModel(labels, options.Features, weights, bias, featurizer.Lexicon);
    }

    /// <summary>Sums count × the k class weights of every (row, count) entry.</summary>
    private static void Gather(float[] table, ReadOnlySpan<int> features, int stride, Span<float> logits)
    {
        logits.Clear();
        if (stride == 4)
        {
            // negative/neutral/positive: three scalar adds per feature beat a vector call over three lanes
            float a = 0, b = 0, c = 0;
            foreach (var entry in features)
            {
                var at = (entry & RowMask) * 4;
                float times = entry >>> CountShift;
                a += times * table[at];
                b += times * table[at + 1];
                c += times * table[at + 2];
            }

            logits[0] = a;
            logits[1] = b;
            logits[2] = c;
            return;
        }

        var k = stride - 1;
        foreach (var entry in features)
        {
            var at = (entry & RowMask) * stride;
            float times = entry >>> CountShift;
            for (var c = 0; c < k; c++)
            {
                logits[c] += times * table[at + c];
            }
        }
    }

    /// <summary>
    /// AdaGrad with lazy L2 on the rows an example touches, one accumulator per feature row (shared by its k class
    /// weights): one square root per feature instead of k. <paramref name="gradient"/> is already scaled by 1/√n.
    /// </summary>
    private static void Update(float[] table, ReadOnlySpan<int> features, int stride, ReadOnlySpan<float> gradient, Span<float> step, float lr, float l2)
    {
        var k = stride - 1;
        foreach (var entry in features)
        {
            var at = (entry & RowMask) * stride;
            float times = entry >>> CountShift;
            var sum = 0f;
            for (var c = 0; c < k; c++)
            {
                var g = (times * gradient[c]) + (l2 * table[at + c]);
                step[c] = g;
                sum += g * g;
            }

            var accumulated = table[at + k] += sum / k;
            var rate = lr / MathF.Sqrt(accumulated + 1e-8f);
            for (var c = 0; c < k; c++)
            {
                table[at + c] -= rate * step[c];
            }
        }
    }

    /// <summary>The distinct labels of a data set in ordinal order (so negative, neutral, positive).</summary>
    public static IReadOnlyList<string> LabelsOf(IEnumerable<LabeledText> data) =>
        [.. data.Select(d => d.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// All examples' features in one array (CSR layout), featurized in parallel chunks. Each example's rows are
    /// sorted and repeats merged into one entry: row in the low 26 bits, count (1..31) above. The optimizer then
    /// walks the weight table in address order and updates a repeated n-gram once with its count, instead of
    /// once per occurrence. <c>Scales</c> holds 1/√n per example, n counting every occurrence.
    /// </summary>
    private static (int[] Offsets, int[] Entries, float[] Scales) Featurize(TextFeaturizer featurizer, IReadOnlyList<LabeledText> data, int threads)
    {
        var perExample = new int[data.Count][];
        var scales = new float[data.Count];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
        {
            var buffer = new int[256];
            for (var i = part; i < data.Count; i += threads)
            {
                var n = featurizer.Extract(data[i].Text, ref buffer);
                scales[i] = n == 0 ? 0f : 1f / MathF.Sqrt(n);
                perExample[i] = Merge(buffer.AsSpan(0, n));
            }
        });

        var offsets = new int[data.Count + 1];
        for (var i = 0; i < data.Count; i++)
        {
            offsets[i + 1] = checked(offsets[i] + perExample[i].Length);
        }

        var entries = new int[offsets[^1]];
        for (var i = 0; i < data.Count; i++)
        {
            perExample[i].CopyTo(entries, offsets[i]);
        }

        return (offsets, entries, scales);
    }

    private const int CountShift = 26; // FeatureOptions.Bits is at most 26
    private const int RowMask = (1 << CountShift) - 1;
    private const int MaxCount = 31; // keeps the sign bit clear

    /// <summary>Sorts rows in place and packs runs of one row into (row, count) entries.</summary>
    private static int[] Merge(Span<int> rows)
    {
        // Merged in place: each entry is written at or before the first row of its run, which has been read already.
        rows.Sort();
        var merged = 0;
        var i = 0;
        while (i < rows.Length)
        {
            var row = rows[i];
            var run = 1;
            while (i + run < rows.Length && rows[i + run] == row && run < MaxCount)
            {
                run++;
            }

            rows[merged++] = row | (run << CountShift);
            i += run;
        }

        return rows[..merged].ToArray();
    }
}
