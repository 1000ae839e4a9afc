using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// The bit filter in front of <see cref="WordSet"/>'s hash set (decision 077) may only ever turn a "maybe" into a lookup:
/// every answer must be the one an ordinal ignore-case <see cref="HashSet{T}"/> gives, or the scrubber's output changes.
/// </summary>
public class WordSetFilterTests
{
    [Fact]
    public void Contains_EveryListedNameInAnyCase_True()
    {
        var names = NameLexicon.Shared.FirstNames;

        var missed = names.Words.Where(word => !names.Contains(word.ToUpperInvariant()) || !names.Contains(word.ToLowerInvariant())).ToList();

        missed.Should().BeEmpty();
    }

    [Fact]
    public void Contains_WordsOfOtherListsAndNonAsciiLookalikes_SameAnswersAsTheHashSet()
    {
        var lexicon = NameLexicon.Shared;
        var probes = lexicon.EnglishWords.Words.Concat(lexicon.Cities.Words).Concat(lexicon.Eponyms.Words)
            .Concat(["", "a", "MARİA", "marıa", "ſam", "Zoë", "JOSÉ", "O'Brien", "Guillain-Barré", "\uD801\uDC00bc"])
            .ToList();

        var disagreements = new List<string>();
        foreach (var set in new[] { lexicon.FirstNames, lexicon.Surnames, lexicon.Cities, lexicon.EnglishWords, lexicon.Eponyms, lexicon.ClinicalTerms })
        {
            var reference = new HashSet<string>(set.Words, StringComparer.OrdinalIgnoreCase);
            disagreements.AddRange(probes.Where(probe => set.Contains(probe) != reference.Contains(probe)));
        }

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void ContainsAscii_FourTokenIndexLists_SameAnswersAsTheHashSet()
    {
        // Decision 390: three of the lists TokenIndex asks are found by the filter hash in a table (the clinical terms, which hold
        // non-ASCII words, keep the hash set); TokenIndex passes ASCII words only.
        var lexicon = NameLexicon.Shared;
        var probes = lexicon.EnglishWords.Words.Concat(lexicon.Surnames.Words).Concat(lexicon.Cities.Words.Take(5000))
            .SelectMany(word => new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), word + "s" })
            .Concat(["", "a", "O'Brien", "de la Cruz", "zzqx"])
            .Where(word => System.Text.Ascii.IsValid(word))
            .ToList();

        var disagreements = new List<string>();
        foreach (var set in new[] { lexicon.FirstNames, lexicon.Surnames, lexicon.ClinicalTerms, lexicon.EnglishWords })
        {
            var reference = new HashSet<string>(set.Words, StringComparer.OrdinalIgnoreCase);
            disagreements.AddRange(probes.Where(probe => set.ContainsAscii(probe, WordFilter.FoldedHash(probe)) != reference.Contains(probe)));
        }

        disagreements.Should().BeEmpty();
    }
}
