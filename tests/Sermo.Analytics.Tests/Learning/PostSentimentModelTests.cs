using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tests.Tagging;

namespace Sermo.Analytics.Tests.Learning;

public sealed class PostSentimentModelTests(TrainedSentimentModel trained) : IClassFixture<TrainedSentimentModel>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sermo-ml-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Written for this test, not in the training file: the clinical reading, not the words' usual sense.</summary>
    [Theory]
    [InlineData("No bleeding on Eliquis in any of my elderly patients so far", "positive")]
    [InlineData("Core biopsy came back negative for malignancy, family in tears of relief", "positive")]
    [InlineData("Blood cultures positive for MRSA on day two, now on vanc and worried", "negative")]
    [InlineData("Had two GI bleeds on it last year and I honestly do not trust the renal dosing", "negative")]
    [InlineData("What starting dose of apixaban do you use when CrCl is under 25?", "neutral")]
    public void Predict_ClinicalTraps_AfterTrainingOnTheTrainingFile_ReadAsTheNewsTheyAre(string text, string expected)
    {
        var model = new PostSentimentModel("test", trained.Classifier);
        model.Predict(text, SharedTagger.Tagger.Tag(text)).Label.Should().Be(expected);
    }

    [Fact]
    public void Registry_SavedZip_LoadsAndScoresTheSame()
    {
        var version = Add(new ModelRegistry(_root), trained.Classifier);
        File.Exists(Path.Combine(version.Folder, TextClassifier.ModelFile)).Should().BeTrue();
        var loaded = PostSentimentModel.Load(version);
        loaded.Classifier.Labels.Should().Equal(trained.Classifier.Labels);
        foreach (var row in trained.Rows.Take(20))
        {
            var (a, b) = (new float[3], new float[3]);
            trained.Classifier.Predict(row.Text, row.Context, a);
            loaded.Classifier.Predict(row.Text, row.Context, b);
            b.Should().Equal(a);
        }
    }

    [Fact]
    public void PooledEngines_ManyThreadsAtOnce_GiveTheSequentialAnswers()
    {
        var rows = trained.Rows.Take(200).ToList();
        var sequential = rows.Select(r => Best(r)).ToArray();
        var parallel = new int[rows.Count];
        Parallel.For(0, rows.Count * 5, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i % rows.Count] = Best(rows[i % rows.Count]));
        parallel.Should().Equal(sequential);
    }

    [Fact]
    public void Classify_Batch_MatchesOneAtATime()
    {
        var model = new PostSentimentModel("test", trained.Classifier);
        var posts = trained.Rows.Take(600).Select(r => new TaggedText(r.Text, SharedTagger.Tagger.Tag(r.Text))).ToList();
        var batch = model.Classify(posts)!;
        batch.Results.Should().HaveCount(600);
        for (var i = 0; i < posts.Count; i += 37)
        {
            var (label, probabilities) = model.Predict(posts[i].Text, posts[i].Tags);
            batch.Results[i].Label.ToString().ToLowerInvariant().Should().Be(label);
            batch.Results[i].Score.Should().BeApproximately(probabilities[2] - probabilities[0], 1e-5);
        }
    }

    [Fact]
    public void Evaluate_UnseenGoldLabel_CountsAsErrorsInItsOwnRow()
    {
        var rows = trained.Rows.Take(30).Append(new ClassifierRow { Text = "so-so", Context = new float[ClinicalContextFeatures.Count], Label = "mixed" }).ToList();
        var report = TextClassifierTrainer.Evaluate(trained.Classifier, rows);
        report.Examples.Should().Be(31);
        report.Labels.Should().Contain("mixed");
        report.PerLabel.Single(l => l.Label == "mixed").Recall.Should().Be(0);
        report.Confusion.Sum(row => row.Sum()).Should().Be(31);
    }

    [Fact]
    public void PromotedModel_PromotionAfterStart_SwappedOnRefresh_BrokenVersionKeepsThePrevious()
    {
        var registry = new ModelRegistry(_root);
        Add(registry, trained.Classifier);
        Add(registry, trained.Classifier);
        Add(registry, trained.Classifier);
        using var promoted = new PromotedSentimentModel(registry, TimeProvider.System, TimeSpan.Zero);
        promoted.Classify([]).Should().BeNull("nothing is promoted yet");

        registry.Promote("v0001", v => PostSentimentModel.Load(v));
        promoted.Refresh().Should().BeTrue();
        promoted.Version.Should().Be("v0001");
        var text = "Positive troponin and new ST depressions, cath lab tonight.";
        promoted.Classify([new TaggedText(text, SharedTagger.Tagger.Tag(text))])!.Version.Should().Be("v0001");

        registry.Promote("v0002", _ => { });
        promoted.Refresh().Should().BeTrue();
        promoted.Version.Should().Be("v0002");
        promoted.Refresh().Should().BeFalse("the pointer has not moved");

        File.WriteAllBytes(Path.Combine(_root, "v0003", TextClassifier.ModelFile), [1, 2, 3]);
        registry.Promote("v0003", _ => { });
        promoted.Refresh().Should().BeFalse();
        promoted.Version.Should().Be("v0002", "a version that fails to load leaves the previous one in use");
    }

    [Fact]
    public void Promote_BrokenZip_RefusedByTheLoadCheck()
    {
        var registry = new ModelRegistry(_root);
        Add(registry, trained.Classifier);
        File.WriteAllBytes(Path.Combine(_root, "v0001", TextClassifier.ModelFile), [1, 2, 3]);
        var promote = () => registry.Promote("v0001", v => PostSentimentModel.Load(v));
        promote.Should().Throw<InvalidDataException>().WithMessage("*model.zip*");
        registry.Promoted().Should().BeNull();
    }

    [Fact]
    public void Load_OtherTasksModelOrOtherContextFeatures_Refused()
    {
        var registry = new ModelRegistry(_root);
        var aspects = registry.Add(Manifest(trained.Classifier) with { Task = "aspects" }, folder => trained.Classifier.Save(folder));
        var load = () => PostSentimentModel.Load(aspects);
        load.Should().Throw<InvalidDataException>().WithMessage("*not a sentiment model*");

        var old = registry.Add(Manifest(trained.Classifier) with { Features = new FeatureFacts(TextTokensMapping.ContractName, "", "clinical-context/0") }, folder => trained.Classifier.Save(folder));
        load = () => PostSentimentModel.Load(old);
        load.Should().Throw<InvalidDataException>().WithMessage("*clinical-context/0*");
    }

    [Fact]
    public void CrossValidate_ThreeFolds_PoolsEveryExampleOnce()
    {
        var rows = trained.Rows.Take(300).ToList();
        var (pooled, folds) = TextClassifierTrainer.CrossValidate(rows, ClinicalContextFeatures.Count, 3, new TextClassifierOptions { Trainer = TrainerKind.Sdca, CharNgrams = false });
        folds.Should().HaveCount(3);
        pooled.Examples.Should().Be(300);
        pooled.Accuracy.Should().BeGreaterThan(0.4, "three balanced classes: chance is a third");
    }

    private int Best(ClassifierRow row) => trained.Classifier.Predict(row.Text, row.Context, new float[3]);

    private static ModelVersion Add(ModelRegistry registry, TextClassifier classifier) =>
        registry.Add(Manifest(classifier), folder => classifier.Save(folder));

    private static ModelManifest Manifest(TextClassifier classifier) => new()
    {
        Task = PostSentimentModel.Task,
        Classifiers = [new ClassifierFacts(PostSentimentModel.ClassifierName, TextClassifier.ModelFile, classifier.Labels, ClinicalContextFeatures.Count, "lbfgs")],
        Features = new FeatureFacts(TextTokensMapping.ContractName, OpinionLexicon.Embedded.Sha256, ClinicalContextFeatures.Version),
    };
}
