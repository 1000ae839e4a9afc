using System.Text;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Aspects;

/// <summary>Merging aspect labels into an aspect training file: all of it, or on a bad line (named by line and field) none of it.</summary>
public sealed class AspectLabelImportTests : IDisposable
{
    private const string Training = "drug,aspect,polarity,text\n"
        + "Eliquis,safety,positive,\"three years on it, not a nosebleed\"\n"
        + "Jardiance,cost,negative,the copay is brutal\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("sermo-aspect-import-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 5, 9, 30, 0, TimeSpan.Zero));

    private string TrainingFile => Path.Combine(_folder, "aspects-train.csv");

    [Fact]
    public void Merge_AspectFile_NewClausesAddedUnlabelledAndKnownSkippedAuditedWithActor()
    {
        File.WriteAllText(TrainingFile, Training);
        var upload = "drug,aspect,polarity,text\n"
            + "Ozempic,access,negative,\"PA denied again, \"\"step therapy\"\"\"\n"
            + "Ozempic,,,nobody labelled this\n"
            + "eliquis,safety,positive,\"three years on it, not a nosebleed\"\n"
            + "Jardiance,Dosing/Convenience,neu,the copay is brutal\n";

        var result = AspectLabelImport.Merge(Stream(upload), "aspects.csv", TrainingFile, _time, "portal:data@sermo.test");

        result.Should().Be(new LabelImportResult(Added: 1, AlreadyThere: 2, Total: 3), "the same drug (any case) and text is the same clause");
        AspectCsv.Read(TrainingFile).Select(r => (r.Drug, r.Aspect, r.Polarity, r.Text)).Should().Equal(
            ("Eliquis", Aspect.Safety, Sentiment.Positive, "three years on it, not a nosebleed"),
            ("Jardiance", Aspect.Cost, Sentiment.Negative, "the copay is brutal"),
            ("Ozempic", Aspect.Access, Sentiment.Negative, "PA denied again, \"step therapy\""));
        File.ReadAllText(Path.Combine(_folder, LabelImport.AuditFileName)).Should()
            .Be("2026-03-05T09:30:00Z portal:data@sermo.test imported 1 aspect rows (2 already there); the aspect training file holds 3\n");
    }

    [Theory]
    [InlineData("Ozempic,price,negative,too dear", "aspects.csv:3: unknown aspect 'price'*(field 'aspect')")]
    [InlineData("Ozempic,cost,awful,too dear", "aspects.csv:3: unknown polarity 'awful'*(field 'polarity')")]
    [InlineData("Ozempic,cost,,too dear", "aspects.csv:3: unknown polarity ''*(field 'polarity')")]
    [InlineData("Ozempic,cost,negative,  ", "aspects.csv:3: empty text (field 'text')")]
    [InlineData("Ozempic,cost,negative", "aspects.csv:3: *no 'text' field")]
    [InlineData("Ozempic,cost,negative,\"unclosed", "aspects.csv:*malformed CSV*")]
    public void Merge_BadLine_ErrorNamesLineAndFieldAndTrainingFileUnchanged(string bad, string message)
    {
        File.WriteAllText(TrainingFile, Training);
        var upload = $"drug,aspect,polarity,text\nOzempic,efficacy,positive,A1c down two points\n{bad}\n";

        var act = () => AspectLabelImport.Merge(Stream(upload), "aspects.csv", TrainingFile, _time, "portal:data@sermo.test");

        act.Should().Throw<InvalidDataException>().WithMessage(message);
        File.ReadAllText(TrainingFile).Should().Be(Training, "a bad line imports nothing, not even the good line before it");
        Directory.GetFiles(_folder).Should().ContainSingle("no staging file or audit line is left behind");
    }

    [Fact]
    public void Merge_SentimentFileUploaded_HeaderErrorNamesTheMissingColumns()
    {
        File.WriteAllText(TrainingFile, Training);

        var act = () => AspectLabelImport.Merge(Stream("id,label,text\n1,positive,fine\n"), "labels.csv", TrainingFile, _time);

        act.Should().Throw<InvalidDataException>().WithMessage("labels.csv:1: header must name 'drug', 'aspect', 'polarity' and 'text' columns*");
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public void Merge_NoTrainingFileYet_CreatedInCanonicalForm()
    {
        var into = Path.Combine(_folder, "labels", "aspects-train.csv");

        var result = AspectLabelImport.Merge(Stream("drug,aspect,polarity,text\nEliquis,safety/tolerability,pos,no bleeds\n"), "upload", into, _time);

        result.Should().Be(new LabelImportResult(1, 0, 1));
        File.ReadAllText(into).Should().Be("drug,aspect,polarity,text\nEliquis,safety,positive,no bleeds\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
