using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// The blocked bit filter in front of the word tables (decision 102) may only turn a "maybe" into a lookup: a word a table holds
/// must pass in any ASCII case, or the vocabulary drops a kind and the scrubber's output changes.
/// </summary>
public class WordFilterTests
{
    [Fact]
    public void MayContain_EveryWordAddedInAnyAsciiCase_True()
    {
        var words = NameLexicon.Shared.Surnames.Words.ToList();
        var filter = new WordFilter(words);

        var missed = words.Where(word => !filter.MayContain(word) || !filter.MayContain(word.ToUpperInvariant()) || !filter.MayContain(word.ToLowerInvariant())).ToList();

        missed.Should().BeEmpty();
    }

    [Fact]
    public void MayContain_WordsNotAdded_MostAnsweredNo()
    {
        var lexicon = NameLexicon.Shared;
        var filter = new WordFilter(lexicon.FirstNames.Words.ToList());
        var others = lexicon.EnglishWords.Words.Where(word => !lexicon.FirstNames.Contains(word)).ToList();

        var passed = others.Count(word => filter.MayContain(word));

        others.Should().HaveCountGreaterThan(1000);
        ((double)passed / others.Count).Should().BeLessThan(0.03, "at 12 bits a word about 1 % of absent words get through");
    }

    [Fact]
    public void Lookup_EveryListedWordCapitalisedOrUpperCase_CarriesItsListsKind()
    {
        var lexicon = NameLexicon.Shared;
        var lists = new[] { (lexicon.FirstNames, WordKind.FirstName), (lexicon.Surnames, WordKind.Surname), (lexicon.NameWords, WordKind.NameWord), (lexicon.Cities, WordKind.City) };

        var missed = new List<string>();
        foreach (var (list, kind) in lists)
        {
            foreach (var word in list.Words.Where(word => word.Length <= Vocabulary.LongestWord && !word.Contains(' ')))
            {
                var capitalised = char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
                if ((Vocabulary.Shared.Lookup(capitalised).Kinds & kind) == 0 || (Vocabulary.Shared.Lookup(word.ToUpperInvariant()).Kinds & kind) == 0)
                {
                    missed.Add($"{kind}: {word}");
                }
            }
        }

        missed.Should().BeEmpty();
    }

    [Fact]
    public void ListedBits_CapitalisedWordsOfEveryList_SameAnswersAsTheLists()
    {
        // The learned detector reads four list answers from the token's kinds; they must be the lists' own answers.
        var lexicon = NameLexicon.Shared;
        var words = lexicon.FirstNames.Words.Take(400).Concat(lexicon.Surnames.Words.Take(400)).Concat(lexicon.NameWords.Words.Take(200))
            .Concat(lexicon.Cities.Words.Take(400)).Concat(lexicon.EnglishWords.Words.Take(600)).Concat(["Xqzzyw", "Okonkwo", "Would"])
            .Where(word => word.All(char.IsAsciiLetter) && word.Length >= 2)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..])
            .ToList();
        var index = TokenIndex.Build(string.Join(" ", words));

        var disagreements = new List<string>();
        for (var i = 0; i < index.Tokens.Count; i++)
        {
            var word = index.Text.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length);
            var expected = (lexicon.FirstNames.Contains(word) ? 1 : 0) | (lexicon.Surnames.Contains(word) ? 2 : 0)
                | (lexicon.NameWords.Contains(word) ? 8 : 0) | (lexicon.Cities.Contains(word) ? 16 : 0);
            if (NameTokenFeatures.ListedBits(index, i, word, withNameWordsAndCities: true) != expected)
            {
                disagreements.Add(word.ToString());
            }
        }

        index.Tokens.Count.Should().Be(words.Count);
        disagreements.Should().BeEmpty();
    }
}
