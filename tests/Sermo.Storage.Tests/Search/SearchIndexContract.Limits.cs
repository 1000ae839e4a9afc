using Sermo.Analytics.Query;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// The parser's documented limits hold on every backend: each query shape that costs an engine most, at exactly
/// <see cref="QueryParser.MaxClauses"/> clauses or <see cref="QueryParser.MaxDepth"/> levels, is answered (not an
/// engine error such as FTS5's "parser stack overflow") with the right total.
/// </summary>
public abstract partial class SearchIndexContract
{
    [ContractFact]
    public async Task Search_QueriesAtTheParserLimits_AnsweredWithTheRightTotal()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var expected = (await SearchAsync("bleeding")).Total;
        expected.Should().BeGreaterThan(0);

        foreach (var (name, query) in HostileQueries.AtTheLimits("bleeding"))
        {
            var result = await SearchAsync(query);
            result.Total.Should().Be(expected, $"the {name} query matches what 'bleeding' matches: {query}");
        }
    }

    [ContractFact]
    public async Task Search_NinetySixOredTerms_Answered()
    {
        await Index.IndexAsync(Corpus(), Ct);
        (await SearchAsync(HostileQueries.OrChain("bleeding", 96))).Total.Should().Be((await SearchAsync("bleeding")).Total);
        (await SearchAsync(HostileQueries.NotChain("bleeding", 96))).Total.Should().Be((await SearchAsync("bleeding")).Total);
    }

    /// <summary>A NUL in a field's value (PostgreSQL text cannot hold one: fuzz seed 20261203 got error 22021) matches nothing, on every backend.</summary>
    [ContractFact]
    public async Task Search_NulCharacterInFieldValue_MatchesNothingNotAnEngineError()
    {
        await Index.IndexAsync(Corpus(), Ct);
        foreach (var query in new[] { "disease:E11\0", "disease:\0" })
        {
            (await SearchAsync(query)).Total.Should().Be(0, $"no stored value holds a NUL: {query.Replace("\0", "\\0", StringComparison.Ordinal)}");
        }
    }
}
