using Sermo.Analytics.Mnpi;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Tests.Mnpi;

public class TrialEmbargoTests
{
    private static readonly Watchlist Fund = new("fund", "Fund", ClientKinds.Finance,
        [new WatchlistTerm("Keytruda", ["keytruda", "pembrolizumab"]), new WatchlistTerm("Opdivo", ["opdivo"])])
    {
        Embargo = new TrialEmbargo(["pembrolizumab", "MRK"], [new ScheduledReadout(new DateOnly(2027, 1, 15), 14, 2)]),
    };

    [Fact]
    public void Visible_PeriodInsideQuietWindow_EmbargoedTermOmitted() =>
        TrialEmbargo.Visible(Fund, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 10)).Select(t => t.Label).Should().Equal("Opdivo");

    [Fact]
    public void Visible_PeriodEndingTheDayBeforeTheWindow_AllTermsShown() =>
        TrialEmbargo.Visible(Fund, new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 31)).Should().HaveCount(2);

    [Fact]
    public void Visible_PeriodOverlappingTheDaysAfterReadout_StillQuiet() =>
        TrialEmbargo.Visible(Fund, new DateOnly(2027, 1, 17), new DateOnly(2027, 1, 23)).Select(t => t.Label).Should().Equal("Opdivo");

    [Theory]
    [InlineData("Thinking about $MRK after the readout", true)]
    [InlineData("MRKT data vendor", false)]
    [InlineData("pembrolizumab plus chemo", true)]
    public void Names_TickerOrProductAsWholeWord_Found(string text, bool named) =>
        Fund.Embargo!.Names(text).Should().Be(named);
}
