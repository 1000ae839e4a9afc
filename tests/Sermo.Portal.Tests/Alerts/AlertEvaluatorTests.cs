using Sermo.Analytics.HeatMaps;
using Sermo.Portal.Alerts;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Tests.Alerts;

/// <summary>Which rules fire on the newest day of a released heat map, and that a cell not shown fires nothing.</summary>
public sealed class AlertEvaluatorTests
{
    private static readonly DateOnly Day = new(2026, 3, 20);

    [Fact]
    public void Fire_SpikeAndAdverseEventsReached_OneAlertWithBothReasonsAndTheCellsNumbers()
    {
        var map = Map(Shown(-2, 10, 0.1, null, 0), Shown(-1, 12, 0.1, 0.5, 0), Shown(0, 60, 0.1, 4.2, 7));

        var alert = AlertEvaluator.Fire(map, "Eliquis", [Rule(AlertKinds.Spike, 3), Rule(AlertKinds.AdverseEvents, 5), Rule(AlertKinds.SentimentSwing, 0.5)]);

        alert.Should().NotBeNull();
        alert!.Day.Should().Be(Day);
        alert.Reasons.Select(r => (r.Kind, r.Value)).Should().Equal((AlertKinds.Spike, 4.2), (AlertKinds.AdverseEvents, 7d));
        alert.Mentions.Should().Be(60);
        alert.K.Should().Be(5);
    }

    [Fact]
    public void Fire_SentimentSwingEitherWay_FiresOnTheDistanceFromTheEarlierMean()
    {
        var down = Map(Shown(-2, 10, 0.4, null, 0), Shown(-1, 10, 0.2, null, 0), Shown(0, 10, -0.3, null, 0));
        var flat = Map(Shown(-2, 10, 0.4, null, 0), Shown(-1, 10, 0.2, null, 0), Shown(0, 10, 0.1, null, 0));

        AlertEvaluator.Fire(down, "Eliquis", [Rule(AlertKinds.SentimentSwing, 0.5)])!.Reasons.Single().Value.Should().Be(-0.6);
        AlertEvaluator.Fire(flat, "Eliquis", [Rule(AlertKinds.SentimentSwing, 0.5)]).Should().BeNull();
    }

    [Fact]
    public void Fire_NewestCellSuppressed_NothingWhateverTheEarlierDaysSay()
    {
        var map = Map(Shown(-2, 10, 0.1, null, 0), Shown(-1, 12, 0.1, 0.5, 9), HeatMapCell.SuppressedCell("Eliquis", Day));

        AlertEvaluator.Fire(map, "Eliquis", [Rule(AlertKinds.Spike, 1), Rule(AlertKinds.AdverseEvents, 1), Rule(AlertKinds.SentimentSwing, 0.01)]).Should().BeNull();
    }

    [Fact]
    public void Fire_TermNotOnTheMap_Nothing() =>
        AlertEvaluator.Fire(Map(Shown(0, 60, 0.1, 9, 9)), "Xarelto", [Rule(AlertKinds.Spike, 1)]).Should().BeNull();

    [Theory]
    [InlineData(AlertKinds.Spike, 0.5)]
    [InlineData(AlertKinds.SentimentSwing, 2.5)]
    [InlineData(AlertKinds.AdverseEvents, 2.5)]
    [InlineData("volume", 3)]
    public void Problem_ThresholdOutsideItsKind_Named(string kind, double threshold) =>
        AlertKinds.Problem(kind, threshold).Should().NotBeNull();

    private static AlertRule Rule(string kind, double threshold) => new(1, "acme", "Eliquis", kind, threshold, DateTimeOffset.UnixEpoch);

    private static HeatMapCell Shown(int dayOffset, int mentions, double sentiment, double? spike, int adverse) =>
        new("Eliquis", Day.AddDays(dayOffset), false, mentions, mentions, null, 1, sentiment, spike, adverse);

    private static HeatMap Map(params HeatMapCell[] cells) =>
        new("acme", BucketInterval.Day, cells[0].Bucket, Day, ["Eliquis"], [.. cells.Select(c => c.Bucket)], null, cells,
            [new HeatMapCell("Eliquis", cells[0].Bucket, false, cells.Sum(c => c.Mentions ?? 0), null, null, null, null, null, null)], 5);
}
