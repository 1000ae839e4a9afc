using System.Diagnostics;
using System.Globalization;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Sources;

namespace Sermo.IngestBench;

/// <summary>
/// The aspect model's two ways of scoring a drug mention on the same posts (decision 136): each classifier featurizing
/// the window itself (<see cref="TextClassifier.PredictBatch"/> twice) and one featurization for both
/// (<see cref="SharedFeatureClassifiers"/>). Every mention of every post (tagged by <see cref="ClinicalTagger"/>, as
/// the `tag` verb does) must get bit-identical scores and the same aspect and polarity; the CPU of each way is timed
/// batch by batch (500 posts), which way runs first alternating by batch.
/// </summary>
internal static class AspectPairCheck
{
    private const int BatchPosts = 500;

    public static async Task<(string Report, bool Identical)> RunAsync(string drop, string registry)
    {
        var version = new ModelRegistry(registry).Current() ?? throw new InvalidOperationException($"{registry} has no promoted aspect model");
        var model = AspectModel.Load(version);
        var shared = SharedFeatureClassifiers.TryCreate(model.AspectClassifierModel, model.PolarityClassifierModel)
            ?? throw new InvalidOperationException($"aspect model {version.Name}: its classifiers' featurizers differ");
        var texts = new List<string>();
        await foreach (var item in new JsonlFileSource(drop, 1 << 20).ReadAsync(null, CancellationToken.None))
        {
            if (item is IncomingPost post)
            {
                texts.Add(post.Text);
            }
        }

        var tagger = ClinicalTagger.CreateDefault();
        using var process = Process.GetCurrentProcess();
        var (mentions, scoresDiffer, labelsDiffer) = (0, 0, 0);
        var (separate, together) = (TimeSpan.Zero, TimeSpan.Zero);
        for (var start = 0; start < texts.Count; start += BatchPosts)
        {
            var rows = new List<ClassifierRow>();
            foreach (var text in texts.Skip(start).Take(BatchPosts))
            {
                var entities = tagger.Tag(text).Entities;
                for (var e = 0; e < entities.Count; e++)
                {
                    if (AspectContext.IsDrug(entities[e]))
                    {
                        rows.Add(AspectModel.MentionRow(text, entities, e));
                    }
                }
            }

            var own = new Scores(rows.Count, model);
            var one = new Scores(rows.Count, model);
            void Separately()
            {
                model.AspectClassifierModel.PredictBatch(rows, own.Aspect, own.AspectBest);
                model.PolarityClassifierModel.PredictBatch(rows, own.Polarity, own.PolarityBest);
            }

            void Together() => shared.PredictBatch(rows, one.Aspect, one.AspectBest, one.Polarity, one.PolarityBest);
            if (start / BatchPosts % 2 == 0)
            {
                separate += StageCosts.Cpu(process, Separately);
                together += StageCosts.Cpu(process, Together);
            }
            else
            {
                together += StageCosts.Cpu(process, Together);
                separate += StageCosts.Cpu(process, Separately);
            }

            mentions += rows.Count;
            for (var r = 0; r < rows.Count; r++)
            {
                labelsDiffer += own.AspectBest[r] != one.AspectBest[r] || own.PolarityBest[r] != one.PolarityBest[r] ? 1 : 0;
            }

            scoresDiffer += Differing(own.Aspect, one.Aspect) + Differing(own.Polarity, one.Polarity);
        }

        var report = string.Create(CultureInfo.InvariantCulture,
            $"aspect model {version.Name}: {texts.Count} posts, {mentions} drug mentions; scores differing bit for bit: {scoresDiffer}; mentions with another aspect or polarity: {labelsDiffer}; "
            + $"CPU µs per mention: each classifier featurizing {separate.TotalMicroseconds / mentions:F1}, one featurization {together.TotalMicroseconds / mentions:F1}; "
            + $"per post: {separate.TotalMicroseconds / texts.Count:F2} vs {together.TotalMicroseconds / texts.Count:F2}");
        return (report, scoresDiffer == 0 && labelsDiffer == 0);
    }

    private static int Differing(float[] a, float[] b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += BitConverter.SingleToInt32Bits(a[i]) != BitConverter.SingleToInt32Bits(b[i]) ? 1 : 0;
        }

        return count;
    }

    private sealed class Scores(int rows, AspectModel model)
    {
        public float[] Aspect { get; } = new float[rows * model.AspectClassifierModel.Labels.Count];

        public int[] AspectBest { get; } = new int[rows];

        public float[] Polarity { get; } = new float[rows * model.PolarityClassifierModel.Labels.Count];

        public int[] PolarityBest { get; } = new int[rows];
    }
}
