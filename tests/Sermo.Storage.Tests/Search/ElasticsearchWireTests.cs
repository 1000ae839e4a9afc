using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Query;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// No Elasticsearch server can run here: these tests check the adapter's request bodies against the documented Query
/// DSL / _bulk / index-template shapes and parse responses in the documented shape, through a fake HTTP handler.
/// The behavioural contract (SearchIndexContract) is not run against Elasticsearch.
/// </summary>
public class ElasticsearchWireTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public void Query_PhraseAndNotWithBrand_BoolWithMustFilterMustNot()
    {
        var dsl = ElasticsearchQueryDsl.Query(QueryParser.Parse("\"atrial fibrillation\" AND NOT warfarin brand:Eliquis"));
        dsl.ShouldBeJson("""
            {"bool":{
              "must":[{"match_phrase":{"text":{"query":"atrial fibrillation"}}}],
              "filter":[{"terms":{"brands":["eliquis"]}}],
              "must_not":[{"match":{"text":{"query":"warfarin"}}}]}}
            """);
    }

    [Fact]
    public void Query_OrPrefixAndDate_ShouldWithPrefixAndRange()
    {
        var dsl = ElasticsearchQueryDsl.Query(QueryParser.Parse("(metfor* OR disease:E11) date:2026-01-01..2026-03-31"));
        dsl.ShouldBeJson("""
            {"bool":{
              "must":[{"bool":{"should":[{"prefix":{"text.exact":{"value":"metfor"}}},{"terms":{"disease_codes":["E11"]}}],"minimum_should_match":1}}],
              "filter":[{"range":{"day":{"gte":"2026-01-01","lte":"2026-03-31"}}}]}}
            """);
    }

    [Theory]
    [InlineData("ae:true", """{"terms":{"adverse":[true]}}""")]
    [InlineData("sentiment:negative", """{"terms":{"sentiment":["negative"]}}""")]
    [InlineData("specialty:Cardiology", """{"terms":{"specialty":["cardiology"]}}""")]
    [InlineData("disease:\"type 2 diabetes mellitus\"", """{"terms":{"disease_names":["type 2 diabetes mellitus"]}}""")]
    [InlineData("generic:apixaban", """{"terms":{"generics":["apixaban"]}}""")]
    public void Query_FieldFilter_TermsQuery(string query, string expected) =>
        ElasticsearchQueryDsl.Query(QueryParser.Parse(query)).ShouldBeJson(expected);

    [Fact]
    public async Task Search_Body_HasSortHighlightAndAggregationsButNoQueryString()
    {
        var handler = new FakeElasticsearch { SearchResponse = SearchResponseJson };
        var index = Create(handler);
        await index.SearchAsync(new SearchRequest(QueryParser.Parse("eliquis bleeding"), SearchSort.Newest, Size: 2, Interval: BucketInterval.Week), Ct);

        var (method, path, body) = handler.Requests.Single();
        method.Should().Be(HttpMethod.Post);
        path.Should().Be("/sermo-posts/_search?ignore_unavailable=true&allow_no_indices=true");
        body.Should().NotContain("query_string");
        var json = JsonNode.Parse(body)!;
        json["size"]!.GetValue<int>().Should().Be(2);
        json["track_total_hits"]!.GetValue<bool>().Should().BeTrue();
        json["sort"].ShouldBeJson("""[{"created_at":"desc"},{"post_id":"desc"}]""");
        json["aggs"]!["histogram"].ShouldBeJson("""
            {"date_histogram":{"field":"day","calendar_interval":"week","format":"yyyy-MM-dd"},
             "aggs":{"authors":{"cardinality":{"field":"author_key","precision_threshold":1000}}}}
            """);
        json["aggs"]!["brand"].ShouldBeJson("""
            {"terms":{"field":"brand_facets","size":100},"aggs":{"authors":{"cardinality":{"field":"author_key","precision_threshold":1000}}}}
            """);
        json["highlight"]!["fields"]!["text"].Should().NotBeNull();
        json["search_after"].Should().BeNull();
    }

    [Fact]
    public async Task Search_DocumentedResponse_MapsHitsHistogramFacetsWithSuppression()
    {
        var index = Create(new FakeElasticsearch { SearchResponse = SearchResponseJson });
        var result = await index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Size: 2), Ct);

        result.Total.Should().Be(7);
        result.Hits.Select(h => h.PostId).Should().Equal("p2", "p1");
        result.Hits[0].Excerpt.Should().Be("major <mark>bleeding</mark> &amp; more");
        result.Hits[1].Excerpt.Should().Be("no highlight here");
        // The second week is under k; showing the first would give it back as total minus 5 (SearchAggregates.Complement).
        result.Histogram.Should().Equal(
            new HistogramBucket(new DateOnly(2026, 1, 5), null, true),
            new HistogramBucket(new DateOnly(2026, 1, 12), null, true));
        var brand = result.Facets.Single(f => f.Name == "brand");
        brand.Values.Should().Equal(new FacetValue("eliquis", "Eliquis", 5));
        brand.Suppressed.Should().Be(1);
        result.Facets.Single(f => f.Name == "disease").Values.Should().Equal(new FacetValue("E11.9", "Type 2 diabetes mellitus", 6));
        result.NextCursor.Should().NotBeNull();
    }

    [Fact]
    public async Task Search_NextCursor_SendsSearchAfterFromLastHitSort()
    {
        var handler = new FakeElasticsearch { SearchResponse = SearchResponseJson };
        var index = Create(handler);
        var first = await index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Size: 2), Ct);
        await index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Size: 2, Cursor: first.NextCursor), Ct);

        JsonNode.Parse(handler.Requests[1].Body)!["search_after"].ShouldBeJson("""[0.5, 1767600000000, "p1"]""");
    }

    [Fact]
    public async Task Index_2500Posts_TemplateOnceThenBoundedBulkBatches()
    {
        var handler = new FakeElasticsearch();
        var index = Create(handler, bulkSize: 1000);
        await index.IndexAsync(Posts(2500), Ct);

        handler.Requests[0].Method.Should().Be(HttpMethod.Put);
        handler.Requests[0].Path.Should().Be("/_index_template/sermo-posts");
        var template = JsonNode.Parse(handler.Requests[0].Body)!;
        template["index_patterns"].ShouldBeJson("""["sermo-posts-*"]""");
        template["template"]!["aliases"].ShouldBeJson("""{"sermo-posts":{}}""");
        template["template"]!["settings"]!["analysis"]!["analyzer"]!["sermo_english"]!["filter"].ShouldBeJson("""["lowercase","asciifolding","porter_stem"]""");

        var bulks = handler.Requests.Where(r => r.Path == "/_bulk").ToList();
        bulks.Select(b => b.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length).Should().Equal(2000, 2000, 1000);
        handler.Requests.Skip(1).Select(r => r.Path.Split('?')[0]).Should().Equal(
            "/_bulk", "/sermo-posts/_delete_by_query", "/_bulk", "/sermo-posts/_delete_by_query", "/_bulk", "/sermo-posts/_delete_by_query");
        var lines = bulks[0].Body.Split('\n');
        JsonNode.Parse(lines[0]).ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.01","_id":"p0"}}""");
        var doc = JsonNode.Parse(lines[1])!;
        doc["brand_facets"].ShouldBeJson("""["eliquis|Eliquis"]""");
        doc["generics"].ShouldBeJson("""["apixaban"]""");
        doc["day"]!.GetValue<string>().Should().Be("2026-01-05");
        doc.AsObject().Select(p => p.Key).Should().NotContain(k => k.Contains("member", StringComparison.Ordinal));
        await index.IndexAsync(Posts(1), Ct);
        handler.Requests.Count(r => r.Path.StartsWith("/_index_template", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task Index_PostMovedToAnotherMonth_DeletesItsCopiesOutsideTheNewMonthlyIndex()
    {
        var handler = new FakeElasticsearch();
        var posts = Posts(3);
        posts[1] = posts[1] with { CreatedAt = new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero) };
        await Create(handler).IndexAsync(posts, Ct);

        var paths = handler.Requests.Select(r => r.Path).ToList();
        paths.Should().Equal("/_index_template/sermo-posts", "/_bulk",
            "/sermo-posts/_delete_by_query?conflicts=proceed&ignore_unavailable=true&allow_no_indices=true");
        var actions = handler.Requests[1].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 0).ToList();
        JsonNode.Parse(actions[1]).ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.02","_id":"p1"}}""");
        JsonNode.Parse(handler.Requests[2].Body).ShouldBeJson("""
            {"query":{"bool":{"should":[
              {"bool":{"filter":[{"terms":{"post_id":["p0","p2"]}}],"must_not":[{"term":{"_index":"sermo-posts-2026.01"}}]}},
              {"bool":{"filter":[{"terms":{"post_id":["p1"]}}],"must_not":[{"term":{"_index":"sermo-posts-2026.02"}}]}}],
              "minimum_should_match":1}}}
            """);
    }

    [Fact]
    public async Task Index_SamePostTwiceInOneBatch_OnlyTheLastCopyIsSent()
    {
        var handler = new FakeElasticsearch();
        var posts = Posts(2);
        posts.Add(posts[0] with { CreatedAt = new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), Text = "switched to warfarin" });
        await Create(handler).IndexAsync(posts, Ct);

        var lines = handler.Requests.Single(r => r.Path == "/_bulk").Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        JsonNode.Parse(lines[0]).ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.03","_id":"p0"}}""");
        JsonNode.Parse(lines[1])!["text"]!.GetValue<string>().Should().Be("switched to warfarin");
        JsonNode.Parse(lines[2]).ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.01","_id":"p1"}}""");
    }

    [Fact]
    public async Task Index_RejectedItems_RetriedAloneUntilAccepted()
    {
        var handler = new FakeElasticsearch { RejectFirstBulkItems = ["p1", "p3"] };
        await Create(handler).IndexAsync(Posts(4), Ct);

        var bulks = handler.Requests.Where(r => r.Path == "/_bulk").ToList();
        bulks.Should().HaveCount(2);
        bulks[1].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 0)
            .Select(l => JsonNode.Parse(l)!["index"]!["_id"]!.GetValue<string>()).Should().Equal("p1", "p3");
    }

    [Fact]
    public async Task Index_MappingError_FailsWithReason()
    {
        var handler = new FakeElasticsearch { FailItem = "p2" };
        var act = () => Create(handler).IndexAsync(Posts(4), Ct);
        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("p2").And.Contain("mapper_parsing_exception");
    }

    [Fact]
    public async Task Index_AlwaysRejected_GivesUpAfterRetries()
    {
        var handler = new FakeElasticsearch { AlwaysTooManyRequests = true };
        var act = () => Create(handler, retries: 2).IndexAsync(Posts(3), Ct);
        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*3 attempts*");
        handler.Requests.Count(r => r.Path == "/_bulk").Should().Be(3);
    }

    [Fact]
    public async Task DeleteByAuthor_SendsTermsDeleteByQuery()
    {
        var handler = new FakeElasticsearch();
        (await Create(handler).DeleteByAuthorAsync(["a1", "a2"], Ct)).Should().Be(3);
        var request = handler.Requests.Single();
        request.Path.Should().StartWith("/sermo-posts/_delete_by_query?refresh=true");
        JsonNode.Parse(request.Body).ShouldBeJson("""{"query":{"terms":{"author_key":["a1","a2"]}}}""");
    }

    private static ElasticsearchSearchIndex Create(FakeElasticsearch handler, int bulkSize = 1000, int retries = 3) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://es.test:9200/") },
            Options.Create(new SearchOptions { Provider = "elasticsearch", ElasticsearchUrl = new Uri("http://es.test:9200/"), ElasticsearchBulkSize = bulkSize, ElasticsearchBulkRetries = retries, K = 5 }),
            TimeSpan.Zero);

    private static List<TaggedPost> Posts(int count) => Enumerable.Range(0, count).Select(i => new TaggedPost(
        $"p{i}", "test", $"a{i % 7}", new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), "cardiology", "TX", "Eliquis and bleeding", 0,
        [new TaggedEntity(EntityType.Brand, "Eliquis", 0, 7, "apixaban", "Eliquis")], [], Sentiment.Negative, -0.5)).ToList();

    // The documented _search response shape: hits.total.value, hits.hits[]._source/highlight/sort, aggregations.*.buckets[].
    private const string SearchResponseJson = """
        {"took":3,"timed_out":false,"_shards":{"total":2,"successful":2,"skipped":0,"failed":0},
         "hits":{"total":{"value":7,"relation":"eq"},"max_score":1.2,"hits":[
           {"_index":"sermo-posts-2026.01","_id":"p2","_score":1.2,
            "_source":{"post_id":"p2","created_at":"2026-01-06T10:00:00Z","specialty":"cardiology","state":"TX","sentiment":"negative","text":"major bleeding & more"},
            "highlight":{"text":["major \u0002bleeding\u0003 & more"]},"sort":[1.2,1767693600000,"p2"]},
           {"_index":"sermo-posts-2026.01","_id":"p1","_score":0.5,
            "_source":{"post_id":"p1","created_at":"2026-01-05T10:00:00Z","specialty":null,"state":null,"sentiment":"neutral","text":"no highlight here"},
            "sort":[0.5,1767600000000,"p1"]}]},
         "aggregations":{
           "histogram":{"buckets":[
             {"key_as_string":"2026-01-05","key":1767571200000,"doc_count":5,"authors":{"value":5}},
             {"key_as_string":"2026-01-12","key":1768176000000,"doc_count":2,"authors":{"value":2}}]},
           "brand":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
             {"key":"eliquis|Eliquis","doc_count":5,"authors":{"value":5}},
             {"key":"humira|Humira","doc_count":2,"authors":{"value":2}}]},
           "disease":{"buckets":[{"key":"E11.9|Type 2 diabetes mellitus","doc_count":6,"authors":{"value":6}}]},
           "specialty":{"buckets":[{"key":"cardiology","doc_count":7,"authors":{"value":6}}]},
           "sentiment":{"buckets":[{"key":"negative","doc_count":7,"authors":{"value":6}}]}}}
        """;
}

/// <summary>Records requests and answers like Elasticsearch would (documented bodies), with scripted failures.</summary>
internal sealed class FakeElasticsearch : HttpMessageHandler
{
    private int _bulkCalls;

    public List<(HttpMethod Method, string Path, string Body)> Requests { get; } = [];

    public string SearchResponse { get; init; } = """{"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""";

    public IReadOnlyList<string> RejectFirstBulkItems { get; init; } = [];

    public string? FailItem { get; init; }

    public bool AlwaysTooManyRequests { get; init; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.PathAndQuery;
        Requests.Add((request.Method, path, body));
        if (path.Contains("/_search", StringComparison.Ordinal))
        {
            return Json(SearchResponse);
        }

        if (path.Contains("/_delete_by_query", StringComparison.Ordinal))
        {
            return Json("""{"took":5,"timed_out":false,"total":3,"deleted":3,"batches":1,"version_conflicts":0,"noops":0,"failures":[]}""");
        }

        if (path == "/_bulk")
        {
            if (AlwaysTooManyRequests)
            {
                return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("""{"error":{"type":"es_rejected_execution_exception"},"status":429}""") };
            }

            var first = _bulkCalls++ == 0;
            var items = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 0)
                .Select(line => JsonNode.Parse(line)!["index"]!["_id"]!.GetValue<string>())
                .Select(id => first && RejectFirstBulkItems.Contains(id)
                    ? Item(id, 429, "es_rejected_execution_exception")
                    : id == FailItem
                    ? Item(id, 400, "mapper_parsing_exception")
                    : Item(id, 201, null))
                .ToList();
            var errors = items.Any(i => i.Contains("\"error\"", StringComparison.Ordinal));
            return Json($$"""{"took":30,"errors":{{(errors ? "true" : "false")}},"items":[{{string.Join(',', items)}}]}""");
        }

        return Json("""{"acknowledged":true}""");
    }

    // A _bulk item as documented: {"index":{"_index","_id","status", and "error":{"type","reason"} when it failed}}.
    private static string Item(string id, int status, string? error)
    {
        var item = new JsonObject { ["_index"] = "sermo-posts-2026.01", ["_id"] = id, ["status"] = status };
        if (error is null)
        {
            item["result"] = "created";
        }
        else
        {
            item["error"] = new JsonObject { ["type"] = error, ["reason"] = "scripted failure" };
        }

        return new JsonObject { ["index"] = item }.ToJsonString();
    }

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}

internal static class JsonAssertions
{
    public static void ShouldBeJson(this JsonNode? actual, string expected) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expected)).Should().BeTrue($"expected {expected} but got {actual?.ToJsonString()}");
}
