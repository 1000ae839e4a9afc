using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tests.Tagging;

namespace Sermo.Analytics.Tests.Aspects;

public sealed class AspectContextTests
{
    [Fact]
    public void Window_TwoDrugsInOneSentence_MarksTheTargetAndTheOther()
    {
        const string text = "Switched her from Xarelto to Eliquis because the PA went through. Next visit in May.";
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        var eliquis = entities.ToList().FindIndex(e => e.Surface == "Eliquis");
        var (window, start, end) = AspectContext.Window(text, entities, eliquis);
        window.Should().Be("Switched her from otherdrug to targetdrug because the PA went through.");
        (start, end).Should().Be((0, text.IndexOf("Next", StringComparison.Ordinal) - 1));
    }

    [Fact]
    public void Window_LongSentence_KeepsAtMostTheWordLimitEachSide()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60)) + " Ozempic " + string.Join(' ', Enumerable.Repeat("more", 60)) + ".";
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        var (window, _, _) = AspectContext.Window(text, entities, entities.ToList().FindIndex(AspectContext.IsDrug));
        window.Split(' ').Length.Should().BeLessThanOrEqualTo((2 * AspectContext.MaxWords) + 1);
        window.Should().Contain(AspectContext.Target);
    }

    [Fact]
    public void Cues_AccessWords_CountForAccess()
    {
        const string text = "Humira prior auth denied again, step therapy through two formulary agents first.";
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        var target = entities.ToList().FindIndex(AspectContext.IsDrug);
        var (window, start, end) = AspectContext.Window(text, entities, target);
        var cues = AspectCues.From(window, entities, target, start, end);
        cues[(int)Aspect.Access - 1].Should().BeGreaterThan(cues[(int)Aspect.Cost - 1]);
        cues[(int)Aspect.Access - 1].Should().BeGreaterThan(cues[(int)Aspect.Efficacy - 1]);
    }

    [Theory]
    [InlineData("safety/tolerability", Aspect.Safety)]
    [InlineData("Dosing/Convenience", Aspect.Dosing)]
    [InlineData("access", Aspect.Access)]
    public void AspectNames_DataTeamSpellings_Parse(string value, Aspect expected)
    {
        AspectNames.TryParse(value, out var aspect).Should().BeTrue();
        aspect.Should().Be(expected);
    }
}
