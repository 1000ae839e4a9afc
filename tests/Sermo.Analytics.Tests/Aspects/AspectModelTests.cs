using Microsoft.VisualBasic.FileIO;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tests.Learning;
using Sermo.Analytics.Tests.Tagging;

namespace Sermo.Analytics.Tests.Aspects;

/// <summary>The aspect model trained on the training clauses (samples/labels/aspects-train.csv, never the held-out file).</summary>
public sealed class TrainedAspectModel
{
    public TrainedAspectModel()
    {
        var examples = new List<AspectExample>();
        using var parser = new TextFieldParser(Path.Combine(TrainedSentimentModel.LabelsFolder, "aspects-train.csv")) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        while (parser.ReadFields() is { } f)
        {
            AspectNames.TryParse(f[1], out var aspect).Should().BeTrue();
            AspectNames.TryParsePolarity(f[2], out var polarity).Should().BeTrue();
            examples.Add(new AspectExample(f[0], aspect, polarity, f[3]));
        }

        var (aspects, polarities) = AspectModel.Rows(examples, SharedTagger.Tagger);
        var options = new TextClassifierOptions();
        Model = new AspectModel("test", TextClassifierTrainer.Train(aspects, AspectCues.Count, options), TextClassifierTrainer.Train(polarities, AspectCues.Count, options));
        AspectRows = aspects;
    }

    public AspectModel Model { get; }

    /// <summary>The training clauses' rows (aspect labels), for scoring the model on windows it has features for.</summary>
    public List<ClassifierRow> AspectRows { get; }
}

public sealed class AspectModelTests(TrainedAspectModel trained) : IClassFixture<TrainedAspectModel>
{
    /// <summary>Written for this test, not in the training file.</summary>
    [Theory]
    [InlineData("Third prior auth denial for Dupixent this month, the appeal is still sitting with the PBM.", "Dupixent", Aspect.Access, Sentiment.Negative)]
    [InlineData("Copay for Jardiance went to $600 a month after the new year, she walked out of the pharmacy without it.", "Jardiance", Aspect.Cost, Sentiment.Negative)]
    [InlineData("Rinvoq got her to remission in eight weeks after two failed biologics.", "Rinvoq", Aspect.Efficacy, Sentiment.Positive)]
    public void Annotate_DrugMention_GetsTheAspectAndPolarityOfItsClause(string text, string drug, Aspect aspect, Sentiment polarity)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        var annotated = trained.Model.Annotate([(text, entities)])[0];
        var mention = annotated.Single(e => e.Surface == drug);
        mention.Aspect.Should().Be(new MentionAspect(aspect, polarity));
        annotated.Where(e => !AspectContext.IsDrug(e)).Should().NotContain(e => e.Aspect != null);
    }

    [Fact]
    public void Annotate_PostWithoutDrugs_ReturnsItsEntitiesUnchanged()
    {
        const string text = "Echo today showed an EF of 55 percent, no effusion.";
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        trained.Model.Annotate([(text, entities)])[0].Should().BeSameAs(entities);
    }

    [Fact]
    public void Constructor_ClassifiersTrainedWithTheSameOptions_ShareOneFeaturization() =>
        trained.Model.SharesFeatures.Should().BeTrue();

    [Fact]
    public void PredictBatch_OneFeaturizationForBoth_ScoresBitIdenticalToEachClassifiersOwn()
    {
        var rows = trained.AspectRows;
        var model = trained.Model;
        var (aspectCount, polarityCount) = (model.AspectClassifierModel.Labels.Count, model.PolarityClassifierModel.Labels.Count);
        var (ownAspect, ownPolarity) = (new float[rows.Count * aspectCount], new float[rows.Count * polarityCount]);
        var (ownAspectBest, ownPolarityBest) = (new int[rows.Count], new int[rows.Count]);
        model.AspectClassifierModel.PredictBatch(rows, ownAspect, ownAspectBest);
        model.PolarityClassifierModel.PredictBatch(rows, ownPolarity, ownPolarityBest);

        var (aspect, polarity) = (new float[ownAspect.Length], new float[ownPolarity.Length]);
        var (aspectBest, polarityBest) = (new int[rows.Count], new int[rows.Count]);
        SharedFeatureClassifiers.TryCreate(model.AspectClassifierModel, model.PolarityClassifierModel)!
            .PredictBatch(rows, aspect, aspectBest, polarity, polarityBest);

        aspect.Select(BitConverter.SingleToInt32Bits).Should().Equal(ownAspect.Select(BitConverter.SingleToInt32Bits));
        polarity.Select(BitConverter.SingleToInt32Bits).Should().Equal(ownPolarity.Select(BitConverter.SingleToInt32Bits));
        aspectBest.Should().Equal(ownAspectBest);
        polarityBest.Should().Equal(ownPolarityBest);
        ownAspectBest.Distinct().Should().HaveCountGreaterThan(1, "the rows must exercise more than one aspect");
    }

    [Fact]
    public void TryCreate_FeaturizersWithOtherColumns_ReturnsNull()
    {
        var rows = trained.AspectRows.Where((_, i) => i % 8 == 0).ToList();
        var withLexicon = TextClassifierTrainer.Train(rows, AspectCues.Count, new TextClassifierOptions { Iterations = 5 });
        var withoutLexicon = TextClassifierTrainer.Train(rows, AspectCues.Count, new TextClassifierOptions { Iterations = 5, Lexicon = false });

        SharedFeatureClassifiers.TryCreate(withLexicon, withoutLexicon).Should().BeNull();
        SharedFeatureClassifiers.TryCreate(withLexicon, withLexicon).Should().NotBeNull();
    }

    [Fact]
    public void TryCreate_ClassifiersSavedAndLoaded_ShareOneFeaturization()
    {
        var folder = Directory.CreateTempSubdirectory("sermo-aspect-pair-").FullName;
        try
        {
            var model = trained.Model;
            model.AspectClassifierModel.Save(folder, AspectModel.AspectFile);
            model.PolarityClassifierModel.Save(folder, AspectModel.PolarityFile);
            var aspect = TextClassifier.Load(folder, new ClassifierFacts(AspectModel.AspectClassifier, AspectModel.AspectFile, model.AspectClassifierModel.Labels, AspectCues.Count, "lbfgs"));
            var polarity = TextClassifier.Load(folder, new ClassifierFacts(AspectModel.PolarityClassifier, AspectModel.PolarityFile, model.PolarityClassifierModel.Labels, AspectCues.Count, "lbfgs"));

            new AspectModel("loaded", aspect, polarity).SharesFeatures.Should().BeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
