using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 308: a small lower-case word set asked about most words of every post (the slot words of decision 298's lower-case
/// pairs) answers most words by their length and end letters before its hash set; it must answer every word as the hash set
/// does, or the scrubbed output changes.
/// </summary>
public class PhiScrubberDecision308Tests
{
    [Fact]
    public void LowerCaseWordSet_AnswersAsItsHashSet()
    {
        string[] words = ["found", "is", "and", "v", "scheduled", "about"];
        var set = WordLookups.OrdinalLowerCase(words);
        string[] probes =
        [
            "found", "is", "and", "v", "scheduled", "about", // listed
            "fond", "ind", "aid", "its", "w", "schedules", "abort", // a listed word's length and first or last letter, not listed
            "Found", "IS", "and ", "", "x", "foundations", "\u00E9s", "i\u00DF", "ab0ut", // case, marks, length, letters outside a-z
        ];
        var hashSet = WordLookups.Ordinal(words);

        probes.Where(probe => set.Contains(probe) != hashSet.Contains(probe)).Should().BeEmpty();
        words.Should().OnlyContain(word => set.Contains(word));
    }

    [Fact]
    public void LowerCaseWordSet_RefusesAWordOfOtherLetters()
    {
        var build = () => WordLookups.OrdinalLowerCase("ok", "Mercy");

        build.Should().Throw<ArgumentException>();
    }
}
