using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Tests.Sentiments;

public sealed class LinearTextClassifierTests
{
    internal static readonly TrainingOptions Small = new() { Features = new FeatureOptions { Bits = 14 }, Epochs = 15 };

    internal static List<LabeledText> ClinicalSet()
    {
        var data = new List<LabeledText>();
        string[] patients = ["my patient", "a 60yo man", "the patient", "an elderly woman", "our patient", "a 45F"];
        foreach (var p in patients)
        {
            data.Add(new("positive", $"Biopsy for {p} came back negative for malignancy, great news."));
            data.Add(new("positive", $"{p} is doing well, no side effects at all."));
            data.Add(new("positive", $"Scan for {p} shows no evidence of recurrence."));
            data.Add(new("negative", $"Positive troponin in {p}, cath lab tonight."));
            data.Add(new("negative", $"{p} had a terrible bleed, had to stop the drug."));
            data.Add(new("negative", $"No improvement for {p}, really frustrating."));
            data.Add(new("neutral", $"What dose do you use for {p} with low CrCl?"));
            data.Add(new("neutral", $"Repeat labs for {p} scheduled next month."));
            data.Add(new("neutral", $"Does anyone adjust the dose for {p} before surgery?"));
        }

        return data;
    }

    [Fact]
    public void Extract_SameText_SameRows()
    {
        var featurizer = new TextFeaturizer(new FeatureOptions { Bits = 16 });
        int[] a = [], b = [];
        var n = featurizer.Extract("Not great, but the rash cleared!", ref a);
        var m = featurizer.Extract("Not great, but the rash cleared!", ref b);
        n.Should().BeGreaterThan(10);
        a[..n].Should().Equal(b[..m]);
    }

    [Fact]
    public void Extract_WordInNegationScope_GetsADifferentUnigram()
    {
        var featurizer = new TextFeaturizer(new FeatureOptions { Bits = 20, WordNgrams = 1, CharMin = 0 });
        int[] plain = [], negated = [];
        var n = featurizer.Extract("good", ref plain);
        var m = featurizer.Extract("not good", ref negated);
        negated[..m].Should().NotContain(plain[..n]);

        var noScope = new TextFeaturizer(new FeatureOptions { Bits = 20, WordNgrams = 1, CharMin = 0, NegationScope = false });
        int[] unmarked = [];
        var k = noScope.Extract("not good", ref unmarked);
        unmarked[..k].Should().Contain(plain[0]);
    }

    [Fact]
    public void Extract_HostileLongInput_StaysBounded()
    {
        var featurizer = new TextFeaturizer(new FeatureOptions { Bits = 16 });
        int[] rows = [];
        var n = featurizer.Extract(new string('a', 2_000_000), ref rows);
        n.Should().BeLessThan(100);
    }

    [Fact]
    public void Train_ClinicalTraps_ReadAsTheNewsTheyAre()
    {
        var model = LinearTextTrainer.Train(ClinicalSet(), Small);
        model.Labels.Should().Equal("negative", "neutral", "positive");
        model.Predict("Path came back negative for malignancy.").Label.Should().Be("positive");
        model.Predict("Positive troponin this morning.").Label.Should().Be("negative");
        model.Predict("What dose before surgery?").Label.Should().Be("neutral");
    }

    [Fact]
    public void Train_SameSeed_SameWeights_OtherSeed_Differs()
    {
        var a = LinearTextTrainer.Train(ClinicalSet(), Small);
        var b = LinearTextTrainer.Train(ClinicalSet(), Small with { Threads = 2 });
        var c = LinearTextTrainer.Train(ClinicalSet(), Small with { Seed = 7 });
        a.Weights.SequenceEqual(b.Weights).Should().BeTrue();
        a.Weights.SequenceEqual(c.Weights).Should().BeFalse();
    }

    [Fact]
    public void Train_AnyLabelSet_IsLearned()
    {
        var data = ClinicalSet().Select(d => d with { Label = d.Label == "neutral" ? "question" : "report" }).ToList();
        var model = LinearTextTrainer.Train(data, Small);
        model.Labels.Should().Equal("question", "report");
        model.Predict("What dose do you use?").Label.Should().Be("question");
    }

    [Fact]
    public void SaveAndLoad_RoundTrip_PredictsTheSameProbabilities()
    {
        var folder = Directory.CreateTempSubdirectory("sermo-model-").FullName;
        try
        {
            var model = LinearTextTrainer.Train(ClinicalSet(), Small);
            model.SaveWeights(folder);
            new ModelManifest { Version = "v0001", Labels = model.Labels, Features = model.Features }.Write(folder);
            var loaded = LinearTextModel.Load(folder);
            loaded.Predict("no side effects at all").Probabilities.Should().Equal(model.Predict("no side effects at all").Probabilities);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_TruncatedWeights_ThrowsInvalidData()
    {
        var folder = Directory.CreateTempSubdirectory("sermo-model-").FullName;
        try
        {
            var model = LinearTextTrainer.Train(ClinicalSet(), Small);
            model.SaveWeights(folder);
            new ModelManifest { Version = "v0001", Labels = model.Labels, Features = model.Features }.Write(folder);
            var path = Path.Combine(folder, LinearTextModel.WeightsFile);
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..1000]);
            var load = () => LinearTextModel.Load(folder);
            load.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Report_UnseenGoldLabel_CountsAsErrorsInItsOwnRow()
    {
        var report = ClassificationReport.Create(["positive", "negative", "mixed", "positive"], ["positive", "negative", "positive", "negative"]);
        report.Accuracy.Should().Be(0.5);
        report.Labels.Should().Equal("mixed", "negative", "positive");
        report.Confusion[0].Should().Equal(0, 0, 1);
        report.PerLabel.Single(m => m.Label == "mixed").Recall.Should().Be(0);
        // F1: mixed 0, negative 2/3 (p .5 r 1), positive 2/3 (p .5 r .5 → .5) → mean (0 + 2/3 + 1/2) / 3
        report.MacroF1.Should().BeApproximately((0 + (2.0 / 3) + 0.5) / 3, 1e-9);
    }

    [Fact]
    public void CrossValidate_TenFolds_EveryExampleTestedOnce()
    {
        var data = ClinicalSet();
        var (pooled, folds) = StratifiedSplit.CrossValidate(data, 3, Small);
        pooled.Examples.Should().Be(data.Count);
        folds.Should().HaveCount(3);
        pooled.Accuracy.Should().BeGreaterThan(0.6);
    }
}
