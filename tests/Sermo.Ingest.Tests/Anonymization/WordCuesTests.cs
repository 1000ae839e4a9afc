using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// The shared cue flags (decision 093) let a rule skip its list's lookup only when the flag is clear, so a clear flag must never
/// meet a word the list holds, in any case the list's comparer accepts; otherwise the scrubbed output changes.
/// </summary>
public class WordCuesTests
{
    // Every list the flags are built over: each listed word must carry its list's flag.
    private static readonly (WordCue Cue, IEnumerable<string> Words)[] Lists = WordCues.Lists;

    [Fact]
    public void Of_EveryListedWordInAnyCase_CarriesItsListsFlag()
    {
        var missed = Lists
            .SelectMany(list => list.Words.SelectMany(word => new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
                .Where(probe => (WordCues.Of(probe) & list.Cue) == 0)
                .Select(probe => $"{probe} ({list.Cue})"))
            .ToList();

        missed.Should().BeEmpty();
    }

    [Fact]
    public void Of_NonAsciiFirstOrLastLetter_CarriesEveryFlag()
    {
        // "ſcribe" and "bedı" equal listed words under some ignore-case folds: they must reach the lists.
        new[] { "\u017Fcribe", "be\u0131", "\u00E9d" }.Should().OnlyContain(word => WordCues.Of(word) == WordCue.All);
    }

    [Fact]
    public void Of_CommonWordsOfNoListedShape_CarryNoFlag()
    {
        var flagged = new[] { "they", "patient", "xarelto", "", "42", "fundoplications", "cbc", "Qz" }.Where(word => WordCues.Of(word) != WordCue.None).ToList();

        flagged.Should().BeEmpty();
    }

    [Fact]
    public void Scrub_StaffRoleAndBedWordOfTheCueLists_StillFindTheNames()
    {
        var scrubber = new PhiScrubber();

        var text = scrubber.Scrub("Wiremu, our flight nurse, was amazing. Bed 7 Kurup (COPD) is stable.").Text;

        text.Should().NotContain("Wiremu").And.NotContain("Kurup");
    }

    [Fact]
    public void Scrub_RoundTwelveCueWords_StillReadByTheirRules()
    {
        var scrubber = new PhiScrubber();

        var text = scrubber.Scrub("Stone is in Rm 512 now. Her truck 454 PDC is outside. Still on Jolivette. Heme says fine.").Text;

        text.Should().NotContain("512").And.NotContain("454 PDC").And.Contain("Jolivette").And.Contain("Heme");
    }

    [Fact]
    public void Build_AnyCues_IsTheUnionOfTheTokensCues()
    {
        var index = TokenIndex.Build("Still on Jolivette, now in rm 12 with her car.");
        var union = WordCue.None;
        for (var i = 0; i < index.Tokens.Count; i++)
        {
            union |= index.Cues[i];
        }

        index.AnyCues.Should().Be(union).And.HaveFlag(WordCue.DrugBrand).And.HaveFlag(WordCue.RoomLabel).And.HaveFlag(WordCue.Vehicle);
        TokenIndex.Build("they were stable overnight").AnyCues.Should().NotHaveFlag(WordCue.RoomLabel).And.NotHaveFlag(WordCue.DrugBrand);
    }
}
