using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

/// <summary>Decision 058's threshold rule with decision 091's tie-break: a tie that holds the shipped threshold keeps it.</summary>
public sealed class ThresholdRuleTests
{
    private static readonly NameTokenScore RulesOnly = new(100, 90, 100, 99, 10, 2);

    private static (double, NameTokenScore) At(double threshold, int caught, int kept = 99, int touched = 2) => (threshold, new NameTokenScore(100, caught, 100, kept, 10, touched));

    [Fact]
    public void PickThreshold_TieHoldingTheShippedThreshold_KeepsIt()
    {
        var grid = new[] { At(0.7, 95, kept: 98), At(0.8, 96), At(0.9, 96), At(0.95, 96) };

        NameTokenTrainingSet.PickThreshold(grid, RulesOnly, shipped: 0.8).Should().Be(0.8);
    }

    [Fact]
    public void PickThreshold_TieWithoutTheShippedThreshold_TakesTheHighest()
    {
        var grid = new[] { At(0.7, 95), At(0.8, 95), At(0.9, 96), At(0.95, 96) };

        NameTokenTrainingSet.PickThreshold(grid, RulesOnly, shipped: 0.8).Should().Be(0.95);
    }

    [Fact]
    public void PickThreshold_HigherRecallElsewhere_MovesAwayFromTheShippedThreshold()
    {
        var grid = new[] { At(0.5, 97), At(0.8, 96), At(0.9, 96) };

        NameTokenTrainingSet.PickThreshold(grid, RulesOnly, shipped: 0.8).Should().Be(0.5);
    }
}
