using System.Text;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Tests.Learning;

/// <summary>Merging a labelled export into a training file: all of it, or on a bad line (named by line and field) none of it.</summary>
public sealed class LabelImportTests : IDisposable
{
    private const string Training = "label,text\nnegative,bleeding on apixaban\npositive,\"A1c down, no lows\"\nneutral,started on the usual dose\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("sermo-label-import-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 5, 9, 30, 0, TimeSpan.Zero));

    private string TrainingFile => Path.Combine(_folder, "train.csv");

    [Fact]
    public void Merge_LabelledExport_NewRowsAddedUnlabelledAndKnownSkipped()
    {
        File.WriteAllText(TrainingFile, Training);
        var upload = "id,label,text\n1,positive,\"Switched to Jardiance, \"\"great\"\" so far\"\n2,,nobody labelled this\n3,negative,bleeding on apixaban\n";

        var result = LabelImport.Merge(Stream(upload), "to-label.csv", TrainingFile, _time);

        result.Should().Be(new LabelImportResult(Added: 1, AlreadyThere: 1, Total: 4));
        LabeledCsv.Read(TrainingFile).Select(r => (r.Label, r.Text)).Should().Equal(
            ("negative", "bleeding on apixaban"), ("positive", "A1c down, no lows"), ("neutral", "started on the usual dose"),
            ("positive", "Switched to Jardiance, \"great\" so far"));
        File.Exists(Path.Combine(_folder, LabelImport.AuditFileName)).Should().BeFalse("the verb (no actor) writes no audit line");
    }

    [Fact]
    public void Merge_LabelWithEmptyText_ErrorNamesLineAndFieldAndTrainingFileUnchanged()
    {
        File.WriteAllText(TrainingFile, Training);
        var upload = "id,label,text\n1,positive,fine\n2,negative,   \n";

        var act = () => LabelImport.Merge(Stream(upload), "to-label.csv", TrainingFile, _time, "portal:data@sermo.test");

        act.Should().Throw<InvalidDataException>().WithMessage("to-label.csv:3: *field 'text'*");
        File.ReadAllText(TrainingFile).Should().Be(Training, "a bad line imports nothing, not even the good line before it");
        Directory.GetFiles(_folder).Should().ContainSingle("no staging file is left behind");
    }

    [Fact]
    public void Merge_LabelTheTrainingFileDoesNotUse_ErrorNamesLineAndLabel()
    {
        File.WriteAllText(TrainingFile, Training);
        var upload = "id,label,text\n1,positive,fine\n2,postive,a typo\n";

        var act = () => LabelImport.Merge(Stream(upload), "to-label.csv", TrainingFile, _time);

        act.Should().Throw<InvalidDataException>().WithMessage("to-label.csv:3: label 'postive' *(negative, neutral, positive)*field 'label'*");
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public void Merge_RecordMissingTextField_ErrorNamesLineAndField()
    {
        File.WriteAllText(TrainingFile, Training);

        var act = () => LabelImport.Merge(Stream("id,label,text\n1,positive,fine\n2,negative\n"), "to-label.csv", TrainingFile, _time);

        act.Should().Throw<InvalidDataException>().WithMessage("to-label.csv:3: *no 'text' field");
    }

    [Fact]
    public void Merge_NoTrainingFileYet_CreatedWithAnyLabelsAndAuditedWithActor()
    {
        var into = Path.Combine(_folder, "labels", "new.csv");

        var result = LabelImport.Merge(Stream("id,label,text\n7,mixed,good drug bad price\n"), "upload", into, _time, "portal:data@sermo.test");

        result.Should().Be(new LabelImportResult(1, 0, 1));
        LabeledCsv.Read(into).Should().ContainSingle().Which.Label.Should().Be("mixed");
        File.ReadAllText(Path.Combine(_folder, "labels", LabelImport.AuditFileName)).Should()
            .Be("2026-03-05T09:30:00Z portal:data@sermo.test imported 1 labelled rows (0 already there); the training file holds 1\n");
    }

    [Fact]
    public void WriteExport_ThenRead_RoundTripsQuotesAndSpreadsheetFormulas()
    {
        using var csv = new MemoryStream();
        LabeledCsv.WriteExport(csv, [new LabelExportRow(42, "", "=HYPERLINK(\"x\") said, \"no\"\nline two")]);

        var text = Encoding.UTF8.GetString(csv.ToArray());
        text.Should().StartWith("id,label,text\n42,,");
        text.Should().Contain("'=HYPERLINK", "a post starting with = stays text in a labeler's spreadsheet");
        csv.Position = 0;
        LabeledCsv.Read(csv, "export", skipUnlabeled: true).Should().BeEmpty("nothing is labelled yet");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
