using Sermo.Analytics.Query;
using Sermo.Storage.Search;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// Elasticsearch refuses a <c>bool</c> query nested deeper than <c>indices.query.bool.max_nested_depth</c> (20 by
/// default) and one with more clauses than <c>indices.query.bool.max_clause_count</c> (1,024 in 7.x, more since): every
/// query at the parser's limits, with the request's own date bounds folded in, stays inside both.
/// </summary>
public sealed class ElasticsearchQueryDepthTests
{
    private const int MaxNestedBool = 20;

    [Fact]
    public void SearchBody_QueriesAtTheParserLimits_StayInsideElasticsearchBoolLimits()
    {
        foreach (var (name, text) in HostileQueries.AtTheLimits("bleeding"))
        {
            var request = new SearchRequest(QueryParser.Parse(text), From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 3, 31));
            var query = ElasticsearchQueryJson.Query(request);

            ElasticsearchQueryJson.BoolDepth(query).Should().BeLessThanOrEqualTo(MaxNestedBool, name);
            ElasticsearchQueryJson.Clauses(query).Should().BeLessThanOrEqualTo(1024, name);
        }
    }
}
