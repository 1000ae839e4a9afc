using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

public class FuzzyTermIndexTests
{
    private static readonly string[] Brands = ["eliquis", "xarelto", "metoprolol", "keytruda", "entresto", "trulicity", "ozempic", "jardiance"];

    [Fact]
    public void MayBeWithinOneEdit_EveryOneEditVariantOfATerm_Passes()
    {
        var random = new Random(107);
        var terms = Brands.Concat(Enumerable.Range(0, 200).Select(_ => RandomWord(random, random.Next(6, 15)))).Distinct().ToArray();
        var index = new FuzzyTermIndex(terms.Select((t, id) => (t, id)));

        foreach (var term in terms)
        {
            foreach (var variant in OneEditVariants(term).Where(v => v.Length >= FuzzyTermIndex.MinTermLength - 1 && v[0] == term[0]))
            {
                index.MayBeWithinOneEdit(variant).Should().BeTrue($"\"{variant}\" is one edit from \"{term}\"");
            }
        }
    }

    [Fact]
    public void MayBeWithinOneEdit_RandomTokens_FalseOnlyWhenNoTermIsWithinOneEdit()
    {
        var random = new Random(19);
        var terms = Brands.Concat(Enumerable.Range(0, 300).Select(_ => RandomWord(random, random.Next(6, 15)))).Distinct().ToArray();
        var index = new FuzzyTermIndex(terms.Select((t, id) => (t, id)));
        var rejected = 0;

        // Tokens near the terms (two edits, shared halves) as well as unrelated ones, so both answers occur.
        var tokens = Enumerable.Range(0, 4000).Select(i => i % 2 == 0
            ? RandomWord(random, random.Next(5, 14))
            : Mutate(random, Mutate(random, terms[random.Next(terms.Length)])));
        foreach (var token in tokens.Where(t => t.Length >= FuzzyTermIndex.MinTermLength - 1))
        {
            if (!index.MayBeWithinOneEdit(token))
            {
                rejected++;
                terms.Should().NotContain(t => t[0] == token[0] && FuzzyTermIndex.WithinOneEdit(t, token), $"the prefilter rejected \"{token}\"");
                index.Find(token).Should().Be(-1);
            }
        }

        rejected.Should().BeGreaterThan(1000, "the prefilter has to reject most unrelated tokens to be worth its lookups");
    }

    [Theory]
    [InlineData("patients")]
    [InlineData("nausea")]
    [InlineData("tolerating")]
    public void MayBeWithinOneEdit_OrdinaryWordFarFromEveryTerm_Rejected(string word)
    {
        var index = new FuzzyTermIndex(Brands.Select((t, id) => (t, id)));

        index.MayBeWithinOneEdit(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("eliqius")]   // swap
    [InlineData("xarrelto")]  // insertion
    [InlineData("metoprolo")] // deletion at the end
    [InlineData("keytrda")]   // deletion in the middle
    [InlineData("entrasto")]  // substitution in the middle
    public void Find_MisspellingOfATerm_StillFound(string token)
    {
        var index = new FuzzyTermIndex(Brands.Select((t, id) => (t, id)));

        index.MayBeWithinOneEdit(token).Should().BeTrue();
        index.Find(token).Should().BeGreaterThanOrEqualTo(0);
    }

    private static string RandomWord(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);

    private static string Mutate(Random random, string word)
    {
        var variants = OneEditVariants(word).ToArray();
        return variants[random.Next(variants.Length)];
    }

    private static IEnumerable<string> OneEditVariants(string word)
    {
        for (var i = 0; i <= word.Length; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length)
                {
                    yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
                }
            }

            if (i < word.Length)
            {
                yield return word.Remove(i, 1);
            }

            if (i + 1 < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            }
        }
    }
}
