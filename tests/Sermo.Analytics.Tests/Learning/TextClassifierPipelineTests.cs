using Microsoft.ML;
using Microsoft.ML.Data;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Tests.Learning;

public sealed class TextClassifierPipelineTests(TrainedSentimentModel trained) : IClassFixture<TrainedSentimentModel>
{
    /// <summary>
    /// Training fits the featurizer and the trainer itself, with the cache read on one thread (decision 086); it must
    /// give the very model that ML.NET's estimator chain gives: the same score, to the bit, for every training post.
    /// </summary>
    [Fact]
    public void Fit_CacheReadOnOneThread_ScoresEqualTheEstimatorChainsToTheBit()
    {
        var rows = trained.Rows.Take(600).ToList();
        var options = PostSentimentModel.TrainingDefaults with { Iterations = 40 };
        var labels = TextClassifierTrainer.LabelsOf(rows);

        var chainMl = new MLContext(options.Seed);
        var chain = TextClassifierPipeline.Build(chainMl, options)
            .Fit(TextClassifierTrainer.Keyed(chainMl, labels, ClassifierRow.Load(chainMl, rows, ClinicalContextFeatures.Count)));
        var fitMl = new MLContext(options.Seed);
        var fit = TextClassifierPipeline.Fit(fitMl, options, TextClassifierTrainer.Keyed(fitMl, labels, ClassifierRow.Load(fitMl, rows, ClinicalContextFeatures.Count)));

        var expected = Scores(new TextClassifier(chainMl, chain, labels, ClinicalContextFeatures.Count), rows);
        var actual = Scores(new TextClassifier(fitMl, fit, labels, ClinicalContextFeatures.Count), rows);
        actual.Should().Equal(expected);
    }

    [Fact]
    public void SingleCursorDataView_CursorSetOfFour_OneCursorWithEveryRowInOrder()
    {
        var ml = new MLContext(1);
        var rows = Enumerable.Range(0, 1000).Select(i => new ClassifierRow { Text = $"post {i}", Context = [i], Label = "x" }).ToList();
        var view = new SingleCursorDataView(ml.Transforms.CustomMapping<TextColumn, TokenColumns>(TextTokensMapping.Map, TextTokensMapping.ContractName)
            .Fit(ClassifierRow.Load(ml, rows, 1)).Transform(ClassifierRow.Load(ml, rows, 1)));

        var cursors = view.GetRowCursorSet(view.Schema, 4);
        cursors.Should().ContainSingle();
        using var cursor = cursors[0];
        var context = cursor.GetGetter<VBuffer<float>>(view.Schema[nameof(ClassifierRow.Context)]);
        var seen = new List<float>();
        VBuffer<float> value = default;
        while (cursor.MoveNext())
        {
            context(ref value);
            seen.Add(value.GetValues()[0]);
        }

        seen.Should().Equal(rows.Select(r => r.Context[0]));
    }

    private static float[] Scores(TextClassifier classifier, List<ClassifierRow> rows)
    {
        var scores = new float[rows.Count * classifier.Labels.Count];
        classifier.PredictBatch(rows, scores, new int[rows.Count]);
        return scores;
    }
}
