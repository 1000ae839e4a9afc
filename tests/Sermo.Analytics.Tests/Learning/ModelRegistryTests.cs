using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Tests.Learning;

public sealed class ModelRegistryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sermo-registry-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Add_TwoVersions_NumberedNewestCurrentUntilPromoted()
    {
        var registry = new ModelRegistry(_root);
        Add(registry).Name.Should().Be("v0001");
        Add(registry).Name.Should().Be("v0002");
        registry.List().Select(v => v.Name).Should().Equal("v0001", "v0002");
        ModelRegistry.Resolve(_root).Name.Should().Be("v0002");

        registry.Promote("v0001", _ => { });
        ModelRegistry.Resolve(_root).Name.Should().Be("v0001");
        ModelRegistry.Resolve(Path.Combine(_root, "v0002")).Name.Should().Be("v0002");
        Directory.EnumerateDirectories(_root, ".staging-*").Should().BeEmpty();
    }

    [Fact]
    public void Rollback_AfterTwoPromotions_ReturnsToThePrevious()
    {
        var registry = new ModelRegistry(_root);
        Add(registry);
        Add(registry);
        registry.Promote("v0001", _ => { });
        registry.Promote("v0002", _ => { });
        registry.Rollback().Should().Be("v0001");
        registry.Promoted().Should().Be("v0001");
        var again = () => registry.Rollback();
        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Promote_UnknownVersion_ThrowsNamingIt()
    {
        var promote = () => new ModelRegistry(_root).Promote("v0042", _ => { });
        promote.Should().Throw<FileNotFoundException>().WithMessage("*v0042*");
    }

    [Fact]
    public void Read_ManifestOfTheLinearFormat_RefusedWithAReason()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "v0001")).FullName;
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), """{"format":"sermo-linear-text/2","labels":["negative","positive"]}""");
        var read = () => ModelManifest.Read(folder);
        read.Should().Throw<InvalidDataException>().WithMessage("*sermo-mlnet/1*trained again*");
    }

    private static ModelVersion Add(ModelRegistry registry) => registry.Add(
        new ModelManifest { Task = "sentiment", Classifiers = [new ClassifierFacts("sentiment", "model.zip", ["negative", "positive"], 1, "sdca")] },
        folder => File.WriteAllText(Path.Combine(folder, "model.zip"), "not read here"));
}
