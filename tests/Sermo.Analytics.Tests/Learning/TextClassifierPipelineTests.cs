using Microsoft.ML;
using Microsoft.ML.Data;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Tests.Learning;

public sealed class TextClassifierPipelineTests(TrainedSentimentModel trained) : IClassFixture<TrainedSentimentModel>
{
    /// <summary>
    /// Training fits the featurizer and the trainer itself, with the cache read on one thread (decision 086) and, for
    /// L-BFGS, the rows held in memory (decision 096); it must
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

    [Fact]
    public void InMemoryTrainingView_FeaturizedRows_EveryLabelAndVectorInTheSourcesOrder()
    {
        var ml = new MLContext(1);
        var rows = Enumerable.Range(0, 300).Select(i => new ClassifierRow { Text = $"post {i} was {(i % 2 == 0 ? "great" : "not great")}", Context = [i], Label = (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        var keyed = TextClassifierTrainer.Keyed(ml, TextClassifierTrainer.LabelsOf(rows), ClassifierRow.Load(ml, rows, 1));
        var featurized = ml.Transforms.CustomMapping<TextColumn, TokenColumns>(TextTokensMapping.Map, TextTokensMapping.ContractName)
            .Append(ml.Transforms.Concatenate(TextClassifierPipeline.Features, nameof(TokenColumns.WordGrams), nameof(ClassifierRow.Context)))
            .Fit(keyed).Transform(keyed);

        var view = InMemoryTrainingView.Read(featurized, TextClassifierPipeline.Label, TextClassifierPipeline.Features);

        view.Schema.Should().BeSameAs(featurized.Schema);
        view.GetRowCount().Should().Be(rows.Count);
        Read(view).Should().BeEquivalentTo(Read(featurized), o => o.WithStrictOrdering());
        view.Invoking(v => v.GetRowCursor([v.Schema[nameof(ClassifierRow.Text)]])).Should().Throw<NotSupportedException>();
    }

    private static List<(uint Label, int[] Indices, float[] Values)> Read(IDataView view)
    {
        var label = view.Schema[TextClassifierPipeline.Label];
        var features = view.Schema[TextClassifierPipeline.Features];
        using var cursor = view.GetRowCursor([label, features]);
        var getLabel = cursor.GetGetter<uint>(label);
        var getFeatures = cursor.GetGetter<VBuffer<float>>(features);
        var read = new List<(uint, int[], float[])>();
        uint key = 0;
        VBuffer<float> vector = default;
        while (cursor.MoveNext())
        {
            getLabel(ref key);
            getFeatures(ref vector);
            read.Add((key, vector.IsDense ? [] : vector.GetIndices().ToArray(), vector.GetValues().ToArray()));
        }

        return read;
    }

    private static float[] Scores(TextClassifier classifier, List<ClassifierRow> rows)
    {
        var scores = new float[rows.Count * classifier.Labels.Count];
        classifier.PredictBatch(rows, scores, new int[rows.Count]);
        return scores;
    }
}
