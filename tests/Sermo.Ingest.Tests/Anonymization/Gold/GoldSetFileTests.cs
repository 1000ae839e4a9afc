namespace Sermo.Ingest.Tests.Anonymization.Gold;

public sealed class GoldSetFileTests
{
    [Fact]
    public void GoldSet_Regenerated_MatchesCommittedFile()
    {
        var generated = GoldSetGenerator.ToJsonl(new GoldSetGenerator().Generate());
        if (Environment.GetEnvironmentVariable("SERMO_WRITE_GOLD") == "1")
        {
            File.WriteAllText(GoldFiles.GoldJsonl, generated);
        }

        File.ReadAllText(GoldFiles.GoldJsonl).Should().Be(generated, "gold.jsonl is the generator's output; regenerate with SERMO_WRITE_GOLD=1");
    }

    [Fact]
    public void GoldSet_Shape_MeetsTheIssuesMinimums()
    {
        var posts = GoldFiles.Load();
        posts.Should().HaveCountGreaterThanOrEqualTo(1000);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(200);
        posts.Count(p => p.Id.StartsWith("hard-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(150);
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        posts.Should().OnlyContain(p => p.ClinicalTerms.All(t => p.Text.Contains(t, StringComparison.Ordinal)));
    }
}
