using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

public sealed class GroupedCueWordsTests
{
    private static readonly GroupedCueWords Cues = new(["bay", "Bay"], ["cot"]);

    [Fact]
    public void TryAt_ListedWordAtStart_WordAndGroup()
    {
        Cues.TryAt("moved to cot 3", 9, out var word, out var group).Should().BeTrue();

        (word, group).Should().Be(("cot", 1));
    }

    [Fact]
    public void TryAt_WordInAnUnlistedCase_False()
    {
        Cues.TryAt("BAY 4 is free", 0, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void ValuesAnyCase_WordInAnUnlistedCase_Found()
    {
        "the BAY is free".AsSpan().IndexOfAny(Cues.ValuesAnyCase).Should().Be(4);
    }
}
