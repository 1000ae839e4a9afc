using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Storage.Search;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>
/// The analyst search through the official client: the query tree as typed Query DSL, the request around it, and a
/// documented response mapped onto the contract with the k-author rule.
/// </summary>
public sealed class ElasticsearchSearchTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("\"atrial fibrillation\" AND NOT warfarin brand:Eliquis", """
        {"bool":{"must":{"match_phrase":{"text":{"query":"atrial fibrillation"}}},
                 "filter":{"terms":{"brands":["eliquis"]}},
                 "must_not":{"match":{"text":{"query":"warfarin"}}}}}
        """)]
    [InlineData("(metfor* OR disease:E11) date:2026-01-01..2026-03-31", """
        {"bool":{"must":{"bool":{"minimum_should_match":1,"should":[{"prefix":{"text.exact":{"value":"metfor"}}},{"terms":{"disease_codes":["E11"]}}]}},
                 "filter":{"range":{"day":{"format":"yyyy-MM-dd","gte":"2026-01-01","lte":"2026-03-31"}}}}}
        """)]
    [InlineData("eliquis date:..2026-01-11", """
        {"bool":{"must":{"match":{"text":{"query":"eliquis"}}},"filter":{"range":{"day":{"format":"yyyy-MM-dd","lte":"2026-01-11"}}}}}
        """)]
    [InlineData("a b c OR d", """
        {"bool":{"minimum_should_match":1,"should":[
          {"bool":{"must":[{"match":{"text":{"query":"a"}}},{"match":{"text":{"query":"b"}}},{"match":{"text":{"query":"c"}}}]}},
          {"match":{"text":{"query":"d"}}}]}}
        """)]
    [InlineData("ae:true bleeding", """{"bool":{"must":{"match":{"text":{"query":"bleeding"}}},"filter":{"term":{"adverse":{"value":true}}}}}""")]
    [InlineData("sentiment:negative", """{"terms":{"sentiment":["negative"]}}""")]
    [InlineData("specialty:Cardiology", """{"terms":{"specialty":["cardiology"]}}""")]
    [InlineData("state:TX", """{"terms":{"state":["tx"]}}""")]
    [InlineData("disease:\"type 2 diabetes mellitus\"", """{"terms":{"disease_names":["type 2 diabetes mellitus"]}}""")]
    [InlineData("generic:apixaban", """{"terms":{"generics":["apixaban"]}}""")]
    [InlineData("aspect:Access:Negative", """{"terms":{"aspects":["access:negative"]}}""")]
    public async Task Search_QueryLanguage_TranslatedToTypedQueryDsl(string query, string expected)
    {
        var cluster = ScriptedElasticsearch.Healthy();
        await ScriptedIndex.Create(cluster).SearchAsync(new SearchRequest(QueryParser.Parse(query), Aggregations: false), Ct);

        cluster.To(HttpMethod.POST, "sermo-posts/_search").Single().Json["query"].ShouldBeJson(expected);
    }

    [Fact]
    public async Task Search_Newest_PageSortHighlightAndAggregationsEachWithAuthorCardinality()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        await ScriptedIndex.Create(cluster).SearchAsync(new SearchRequest(QueryParser.Parse("eliquis bleeding"), SearchSort.Newest, Size: 2, Interval: BucketInterval.Week), Ct);

        cluster.Requests.Select(r => r.Path).Should().Equal("", "sermo-posts/_search?typed_keys=true");
        var search = cluster.Requests[1];
        search.Body.Should().NotContain("query_string");
        var body = search.Json.AsObject();
        body.Select(p => p.Key).Should().BeEquivalentTo("query", "size", "track_total_hits", "_source", "sort", "highlight", "aggregations");
        body["size"].ShouldBeJson("2");
        body["track_total_hits"].ShouldBeJson("true");
        body["_source"].ShouldBeJson("""{"includes":["post_id","created_at","specialty","state","sentiment","text"]}""");
        body["sort"].ShouldBeJson("""[{"created_at":{"order":"desc"}},{"post_id":{"order":"desc"}}]""");
        body["highlight"].ShouldBeJson("""
            {"pre_tags":["\u0002"],"post_tags":["\u0003"],
             "fields":[{"text":{"fragment_size":160,"number_of_fragments":2}},{"text.exact":{"fragment_size":160,"number_of_fragments":2}}]}
            """);
        const string Authors = """{"authors":{"cardinality":{"field":"author_key","precision_threshold":100}}}""";
        body["aggregations"].ShouldBeJson("""
            {"match_authors":{"cardinality":{"field":"author_key","precision_threshold":100}},
             "histogram":{"date_histogram":{"field":"day","calendar_interval":"week","format":"yyyy-MM-dd"},"aggregations":AUTHORS},
             "brand":{"terms":{"field":"brand_facets","size":1000},"aggregations":AUTHORS},
             "disease":{"terms":{"field":"disease_facets","size":1000},"aggregations":AUTHORS},
             "specialty":{"terms":{"field":"specialty","size":1000},"aggregations":AUTHORS},
             "sentiment":{"terms":{"field":"sentiment","size":1000},"aggregations":AUTHORS}}
            """.Replace("AUTHORS", Authors, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_Relevance_ScoresAcrossMonthsWithDfsAndBreaksTiesByNewestThenId()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        await ScriptedIndex.Create(cluster).SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Aggregations: false), Ct);

        var search = cluster.To(HttpMethod.POST, "sermo-posts/_search").Single();
        search.Parameters.Split('&').Should().Contain("search_type=dfs_query_then_fetch");
        search.Json["sort"].ShouldBeJson("""[{"_score":{"order":"desc"}},{"created_at":{"order":"desc"}},{"post_id":{"order":"desc"}}]""");
    }

    [Fact]
    public async Task Search_DocumentedResponse_HitsExcerptsHistogramAndFacetsWithKSuppression()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_search", 200, ElasticsearchFixtures.Search);
        var result = await ScriptedIndex.Create(cluster).SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Size: 2), Ct);

        result.Total.Should().Be(16);
        result.Hits.Select(h => (h.PostId, h.Sentiment, h.Score)).Should().Equal(("p2", "negative", 1.2), ("p1", "neutral", 0.5));
        result.Hits[0].CreatedAt.Should().Be(new DateTimeOffset(2026, 1, 6, 10, 0, 0, TimeSpan.Zero));
        result.Hits[0].Excerpt.Should().Be("major <mark>bleeding</mark> &amp; more");
        result.Hits[1].Excerpt.Should().Be("no highlight here");
        // Which further cells SearchAggregates hides to protect a suppressed one is its rule, shared by every backend;
        // here: the bucket from 2 authors (< k = 5) is hidden, the one from 8 shows its post count.
        result.Histogram.Select(b => b.Start).Should().Equal(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 19));
        result.Histogram[1].Should().Be(new HistogramBucket(new DateOnly(2026, 1, 12), null, true));
        result.Histogram[2].Should().Be(new HistogramBucket(new DateOnly(2026, 1, 19), 9, false));
        var brand = result.Facets.Single(f => f.Name == "brand");
        brand.Values.Should().Equal(new FacetValue("eliquis", "Eliquis", 5));
        brand.Suppressed.Should().Be(1);
        result.Facets.Single(f => f.Name == "disease").Values.Should().Equal(new FacetValue("E11.9", "Type 2 diabetes mellitus", 6));
        var sentiment = result.Facets.Single(f => f.Name == "sentiment");
        sentiment.Values.Should().Contain(new FacetValue("positive", "positive", 9)).And.NotContain(v => v.Value == "neutral"); // neutral: 1 author
        sentiment.Suppressed.Should().BeGreaterThanOrEqualTo(1);
        result.NextCursor.Should().NotBeNull();
    }

    [Fact]
    public async Task SinglingOut_PageWithoutAggregations_StillAsksForTheMatchsAuthorCardinality()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        await ScriptedIndex.Create(cluster).SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Aggregations: false), Ct);

        cluster.To(HttpMethod.POST, "sermo-posts/_search").Single().Json["aggregations"].ShouldBeJson(
            """{"match_authors":{"cardinality":{"field":"author_key","precision_threshold":100}}}""");
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(5, false)]
    [InlineData(4, true)]
    [InlineData(null, true)]
    public async Task SinglingOut_MatchAuthorsFromTheResponse_GuardAnswersOrRefusesAndAudits(int? matchAuthors, bool refused)
    {
        const string Fixture = "\"cardinality#match_authors\": { \"value\": 15 },";
        var body = ElasticsearchFixtures.Search.Replace(Fixture,
            matchAuthors is null ? "" : Fixture.Replace("15", matchAuthors.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            StringComparison.Ordinal);
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_search", 200, body);
        var audit = new List<SearchAsker>();
        var guard = new SinglingOutGuard(ScriptedIndex.Create(cluster), new ListedRefusals(audit), TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new SearchOptions { K = 5 }));

        var result = await guard.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Size: 2), new SearchAsker("cli:ana", "bleeding"), Ct);

        (result.Refused is not null).Should().Be(refused);
        result.Total.Should().Be(refused ? null : 16);
        result.Hits.Should().HaveCount(refused ? 0 : 2);
        audit.Should().HaveCount(refused ? 1 : 0);
    }

    [Fact]
    public async Task Search_NextCursor_SendsTheLastHitsSortValuesAsSearchAfter()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_search", 200, ElasticsearchFixtures.Search);
        var index = ScriptedIndex.Create(cluster);
        var first = await index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Size: 2), Ct);
        await index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Size: 2, Cursor: first.NextCursor), Ct);

        var searches = cluster.To(HttpMethod.POST, "sermo-posts/_search").ToList();
        searches[0].Json["search_after"].Should().BeNull();
        searches[1].Json["search_after"].ShouldBeJson("""[0.5, 1767607200000, "p1"]""");
    }

    [Fact]
    public async Task Search_CursorNotFromThisIndex_ArgumentExceptionNamingTheCursor()
    {
        var act = () => ScriptedIndex.Create(ScriptedElasticsearch.Healthy()).SearchAsync(new SearchRequest(QueryParser.Parse("x"), Cursor: "40"), Ct);
        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("cursor");
    }

    [Fact]
    public async Task Search_EmptyIndex_NoHitsNoBucketsAndEveryFacetEmpty()
    {
        var result = await ScriptedIndex.Create(ScriptedElasticsearch.Healthy()).SearchAsync(new SearchRequest(QueryParser.Parse("x")), Ct);

        result.Total.Should().Be(0);
        result.Hits.Should().BeEmpty();
        result.NextCursor.Should().BeNull();
        result.Histogram.Should().BeEmpty();
        result.Facets.Select(f => (f.Name, f.Values.Count, f.Suppressed)).Should().Equal(("brand", 0, 0), ("disease", 0, 0), ("specialty", 0, 0), ("sentiment", 0, 0));
    }

    [Fact]
    public void Cursor_RoundTrip_KeepsEachSortValuesKind()
    {
        var cursor = new Sermo.Storage.Elasticsearch.ElasticsearchCursor(
            [Elastic.Clients.Elasticsearch.FieldValue.Double(1.0), Elastic.Clients.Elasticsearch.FieldValue.Long(1767607200000), Elastic.Clients.Elasticsearch.FieldValue.String("p|1")], 40);
        var back = Sermo.Storage.Elasticsearch.ElasticsearchCursor.Decode(cursor.Encode())!;

        back.Seen.Should().Be(40);
        back.After.Select(v => (v.Kind, v.Value)).Should().Equal(cursor.After.Select(v => (v.Kind, v.Value)));
    }

    private sealed class ListedRefusals(List<SearchAsker> askers) : ISearchRefusals
    {
        public Task RecordAsync(SearchAsker asker, DateTimeOffset askedAt, string reason, CancellationToken cancellationToken)
        {
            askers.Add(asker);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<SearchRefusal>> ListAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
