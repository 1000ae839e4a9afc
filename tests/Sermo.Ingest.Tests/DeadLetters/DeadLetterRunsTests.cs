using Sermo.Ingest.DeadLetters;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Tests.DeadLetters;

public sealed class DeadLetterRunsTests
{
    [Fact]
    public void Fold_AMillionLinesOfOneReasonOverManyBatches_OneRowCountingThemAll()
    {
        var runs = new DeadLetterRuns(rowsBeforeMerging: 100);
        IReadOnlyList<DeadLetter> last = [];
        for (var batch = 0; batch < 2_000; batch++)
        {
            last = runs.Fold(Enumerable.Range((batch * 500) + 1, 500).Select(line => Letter(line, "malformed-json")));
        }

        last.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Position = "line 1", LastPosition = "line 1000000", Records = 1_000_000 });
    }

    [Fact]
    public void Fold_ReasonChanges_NewRowPerRunUntilTheCapThenOneRowPerReason()
    {
        var runs = new DeadLetterRuns(rowsBeforeMerging: 4);
        var reasons = new[] { "a", "a", "b", "a", "b", "b", "a", "c", "b" };

        var rows = runs.Fold(reasons.Select((reason, i) => Letter(i + 1, reason)));

        // a(1-2) b(3) a(4) b(5-6): four rows, then a(7) joins a's latest row, c(8) opens one, b(9) joins b's latest.
        rows.Select(r => $"{r.Reason} {r.Position}..{r.LastPosition ?? r.Position} x{r.Records}").Should().Equal(
            "a line 1..line 2 x2", "b line 3..line 3 x1", "a line 4..line 7 x2", "b line 5..line 9 x3", "c line 8..line 8 x1");
        rows.Sum(r => r.Records).Should().Be(reasons.Length);
    }

    private static DeadLetter Letter(int line, string reason) => new("drop:x.jsonl", $"line {line}", reason, $"detail {line}", null);
}
