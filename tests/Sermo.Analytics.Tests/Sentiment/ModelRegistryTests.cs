using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Tests.Sentiments;

public sealed class ModelRegistryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sermo-registry-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Add_TwoModels_NumberedVersionsNewestCurrentUntilPromoted()
    {
        var registry = new ModelRegistry(_root);
        var model = LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), LinearTextClassifierTests.Small);
        registry.Add(model, new ModelManifest()).Name.Should().Be("v0001");
        registry.Add(model, new ModelManifest()).Name.Should().Be("v0002");
        registry.List().Select(v => v.Name).Should().Equal("v0001", "v0002");
        ModelRegistry.Resolve(_root).Name.Should().Be("v0002");

        registry.Promote("v0001");
        ModelRegistry.Resolve(_root).Name.Should().Be("v0001");
        ModelRegistry.Resolve(Path.Combine(_root, "v0002")).Name.Should().Be("v0002");
    }

    [Fact]
    public void Rollback_AfterTwoPromotions_ReturnsToThePrevious()
    {
        var registry = new ModelRegistry(_root);
        var model = LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), LinearTextClassifierTests.Small);
        registry.Add(model, new ModelManifest());
        registry.Add(model, new ModelManifest());
        registry.Promote("v0001");
        registry.Promote("v0002");
        registry.Rollback().Should().Be("v0001");
        registry.Promoted().Should().Be("v0001");
        var again = () => registry.Rollback();
        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Promote_UnknownVersion_ThrowsNamingIt()
    {
        var promote = () => new ModelRegistry(_root).Promote("v0042");
        promote.Should().Throw<FileNotFoundException>().WithMessage("*v0042*");
    }

    [Fact]
    public void PromotedModel_PromotionAfterStart_SwappedOnRefresh()
    {
        var registry = new ModelRegistry(_root);
        var data = LinearTextClassifierTests.ClinicalSet();
        registry.Add(LinearTextTrainer.Train(data, LinearTextClassifierTests.Small), new ModelManifest());
        registry.Add(LinearTextTrainer.Train(data, LinearTextClassifierTests.Small with { Seed = 3 }), new ModelManifest());
        using var promoted = new PromotedSentimentModel(registry, TimeProvider.System, TimeSpan.Zero);
        promoted.TryClassify("great news", out _, out _).Should().BeFalse("nothing is promoted yet");

        registry.Promote("v0001");
        promoted.Refresh().Should().BeTrue();
        promoted.Version.Should().Be("v0001");
        promoted.TryClassify("Positive troponin in my patient, cath lab tonight.", out var label, out var score).Should().BeTrue();
        label.Should().Be(Sermo.Analytics.Tagging.Sentiment.Negative);
        score.Should().BeNegative();

        registry.Promote("v0002");
        promoted.Refresh().Should().BeTrue();
        promoted.Version.Should().Be("v0002");
        promoted.Refresh().Should().BeFalse("the pointer has not moved");
    }

    [Fact]
    public void PromotedModel_BrokenVersionPromoted_KeepsThePreviousModel()
    {
        var registry = new ModelRegistry(_root);
        var model = LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), LinearTextClassifierTests.Small);
        registry.Add(model, new ModelManifest());
        registry.Add(model, new ModelManifest());
        registry.Promote("v0001");
        using var promoted = new PromotedSentimentModel(registry, TimeProvider.System, TimeSpan.Zero);
        registry.Promote("v0002");
        File.WriteAllBytes(Path.Combine(_root, "v0002", LinearTextModel.WeightsFile), [1, 2, 3]);
        promoted.Refresh().Should().BeFalse();
        promoted.Version.Should().Be("v0001");
    }
}
