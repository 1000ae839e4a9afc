using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// The table behind <see cref="Vocabulary"/>'s bit filters (decision 330) must answer as the ordinal frozen dictionary it replaced,
/// for listed words, their other capitalisations and words no list holds.
/// </summary>
public class FoldedHashWordTableTests
{
    [Fact]
    public void TryGetValue_ListedAndOtherWords_SameAnswersAsAnOrdinalDictionary()
    {
        var words = NameLexicon.Shared.EnglishWords.Words.Concat(NameLexicon.Shared.Cities.Words.Take(3000)).Select(word => word.ToLowerInvariant()).Distinct()
            .Select((word, i) => KeyValuePair.Create(word, i)).ToDictionary(StringComparer.Ordinal);
        var table = new FoldedHashWordTable<int>(words);
        var probes = words.Keys.Concat(words.Keys.Select(word => word.ToUpperInvariant())).Concat(words.Keys.Select(word => word + "x"))
            .Concat(["", "a", "The", "iPhone", "zoë", "marıa", "o'brien", "xqzzyw"]);

        var disagreements = probes.Where(probe =>
            table.TryGetValue(probe, WordFilter.FoldedHash(probe), out var value) != words.TryGetValue(probe, out var expected) || value != expected).ToList();

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_SameWordTwice_Throws()
    {
        var twice = () => new FoldedHashWordTable<bool>([KeyValuePair.Create("rowan", true), KeyValuePair.Create("rowan", false)]);

        twice.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void TryGetValue_OtherCapitalisationOfAListedWord_False()
    {
        var table = new FoldedHashWordTable<bool>([KeyValuePair.Create("rowan", true)]);

        table.TryGetValue("Rowan", WordFilter.FoldedHash("Rowan"), out _).Should().BeFalse();
        table.TryGetValue("rowan", WordFilter.FoldedHash("rowan"), out var held).Should().BeTrue();
        held.Should().BeTrue();
    }

    [Fact]
    public void ContainsIgnoringAsciiCase_ListedWordsInOtherCasesAndOtherWords_SameAnswersAsAnIgnoreCaseSet()
    {
        var words = NameLexicon.Shared.Surnames.Words.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var table = new FoldedHashWordTable<bool>([.. words.Select(word => KeyValuePair.Create(word, true))]);
        var probes = words.SelectMany(word => new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), word[1..], word + "e" })
            .Concat(["", "a", "xqzzyw"]).Where(word => System.Text.Ascii.IsValid(word));

        var disagreements = probes.Where(probe => table.ContainsIgnoringAsciiCase(probe, WordFilter.FoldedHash(probe)) != words.Contains(probe)).ToList();

        disagreements.Should().BeEmpty();
    }
}
