using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Tests.Sentiments;

public sealed class LexiconFeatureTests : IDisposable
{
    private const string Both = "afinn-111+liu";
    private static readonly FeatureOptions WordsOnly = new() { Bits = 20, WordNgrams = 1, CharMin = 0 };
    private readonly string _root = Directory.CreateTempSubdirectory("sermo-lexicon-model-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static int[] Rows(TextFeaturizer featurizer, string text)
    {
        int[] rows = [];
        var n = featurizer.Extract(text, ref rows);
        return rows[..n];
    }

    [Fact]
    public void LoadEmbedded_BothSources_HoldsAfinnValenceAndLiuPolarity()
    {
        var lexicon = OpinionLexicon.LoadEmbedded(Both);

        lexicon.Count.Should().BeGreaterThan(7000);
        lexicon.TryGet("superb", out var superb).Should().BeTrue();
        superb.Should().Be(new OpinionWord(5, 1));
        lexicon.TryGet("dreadful", out var dreadful).Should().BeTrue();
        dreadful.Should().Be(new OpinionWord(-3, -1));
        lexicon.TryGet("apixaban", out _).Should().BeFalse();
    }

    [Fact]
    public void LoadEmbedded_LiuOnly_DropsAfinnValences()
    {
        var lexicon = OpinionLexicon.LoadEmbedded(OpinionLexicon.Liu);

        lexicon.TryGet("superb", out var superb).Should().BeTrue();
        superb.Should().Be(new OpinionWord(0, 1));
    }

    [Fact]
    public void Extract_TwoUnrelatedOpinionWords_ShareTheirPriorFeatureOnlyWithLexicon()
    {
        var plain = new TextFeaturizer(WordsOnly);
        var withLexicon = new TextFeaturizer(WordsOnly with { Lexicon = Both });

        Rows(plain, "superb").Intersect(Rows(plain, "marvelous")).Should().BeEmpty();
        Rows(withLexicon, "superb").Intersect(Rows(withLexicon, "marvelous")).Should().NotBeEmpty("both are Liu positive");
        Rows(withLexicon, "apixaban").Should().Equal(Rows(plain, "apixaban"), "an unlisted word adds nothing");
    }

    [Fact]
    public void Extract_ListedWordInNegationScope_GetsTheNegatedPrior()
    {
        var featurizer = new TextFeaturizer(WordsOnly with { Lexicon = Both });
        var good = Rows(featurizer, "good");
        var notGood = Rows(featurizer, "not good");

        notGood.Intersect(good).Should().BeEmpty("the unigram and both priors are negated variants");
        Rows(featurizer, "good, not").Intersect(good).Should().HaveCount(good.Length);
    }

    [Fact]
    public void FeatureOptions_UnknownLexicon_Rejected()
    {
        var create = () => new TextFeaturizer(WordsOnly with { Lexicon = "vader" });

        create.Should().Throw<ArgumentException>().WithMessage("*vader*");
    }

    [Fact]
    public void Train_WithLexicon_SameSeedSameWeights()
    {
        var options = LinearTextClassifierTests.Small with { Features = LinearTextClassifierTests.Small.Features with { Lexicon = Both } };
        var a = LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), options);
        var b = LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), options);

        a.Weights.ToArray().Should().Equal(b.Weights.ToArray());
        a.Lexicon!.Sources.Should().Be(Both);
    }

    [Fact]
    public void Registry_ModelWithLexicon_CarriesItsWordListAndLoadsTheSame()
    {
        var options = LinearTextClassifierTests.Small with { Features = LinearTextClassifierTests.Small.Features with { Lexicon = Both } };
        var model = LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), options);

        var version = new ModelRegistry(_root).Add(model, new ModelManifest());
        var loaded = LinearTextModel.Load(version.Folder);

        version.Manifest.Format.Should().Be(ModelManifest.LexiconFormat);
        version.Manifest.Lexicon!.Words.Should().Be(model.Lexicon!.Count);
        File.Exists(Path.Combine(version.Folder, OpinionLexicon.FileName)).Should().BeTrue();
        foreach (var text in new[] { "superb outcome, no side effects", "dreadful bleed on it", "what dose do you use?" })
        {
            loaded.Predict(text).Probabilities.Should().Equal(model.Predict(text).Probabilities);
        }
    }

    [Fact]
    public void Load_EditedWordList_RejectedByItsHash()
    {
        var options = LinearTextClassifierTests.Small with { Features = LinearTextClassifierTests.Small.Features with { Lexicon = Both } };
        var version = new ModelRegistry(_root).Add(LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), options), new ModelManifest());
        File.AppendAllText(Path.Combine(version.Folder, OpinionLexicon.FileName), "biopsy\t-5\t-1\n");

        var load = () => LinearTextModel.Load(version.Folder);

        load.Should().Throw<InvalidDataException>().WithMessage("*SHA-256*");
    }

    [Fact]
    public void Load_LexiconModelRelabelledFormatOne_Rejected()
    {
        var options = LinearTextClassifierTests.Small with { Features = LinearTextClassifierTests.Small.Features with { Lexicon = Both } };
        var version = new ModelRegistry(_root).Add(LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), options), new ModelManifest());
        var manifest = Path.Combine(version.Folder, LinearTextModel.ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(ModelManifest.LexiconFormat, ModelManifest.CurrentFormat, StringComparison.Ordinal));

        var load = () => LinearTextModel.Load(version.Folder);

        load.Should().Throw<InvalidDataException>().WithMessage("*does not match*");
    }

    [Fact]
    public void Registry_ModelWithoutLexicon_StaysFormatOne()
    {
        var model = LinearTextTrainer.Train(LinearTextClassifierTests.ClinicalSet(), LinearTextClassifierTests.Small);

        var version = new ModelRegistry(_root).Add(model, new ModelManifest());

        version.Manifest.Format.Should().Be(ModelManifest.CurrentFormat);
        File.ReadAllText(Path.Combine(version.Folder, LinearTextModel.ManifestFile)).Should().NotContain("lexicon");
        File.Exists(Path.Combine(version.Folder, OpinionLexicon.FileName)).Should().BeFalse();
    }

    [Fact]
    public void TrainingOptions_Default_UsesBothLexicons()
    {
        new TrainingOptions().Features.Lexicon.Should().Be(Both);
        new FeatureOptions().Lexicon.Should().BeNull("a manifest without a lexicon entry means none");
    }
}
