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
    }

    public AspectModel Model { get; }
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
}
