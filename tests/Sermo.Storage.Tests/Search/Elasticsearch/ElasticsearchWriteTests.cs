using Sermo.Storage.Search;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>
/// What the official client sends when Sermo writes: the index template, bulk requests through the bulk helper, the
/// refresh and the cleanup of copies in other months, and deletes by id and by author. No server runs here: the
/// requests are checked against the documented API and the answers are the reference pages' bodies.
/// </summary>
public sealed class ElasticsearchWriteTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Index_FirstWrite_ChecksVersionThenPutsTemplateWithConfiguredShards()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        await ScriptedIndex.Create(cluster, o => (o.Shards, o.Replicas) = (3, 2)).IndexAsync(ScriptedIndex.Posts(1), Ct);

        cluster.Requests.Take(3).Select(r => (r.Method, r.Path)).Should().Equal(
            (HttpMethod.GET, ""), (HttpMethod.PUT, "_index_template/sermo-posts"), (HttpMethod.HEAD, "_alias/sermo-posts"));
        var template = cluster.Requests[1].Json;
        template["index_patterns"].ShouldBeJson("\"sermo-posts-*\"");
        template["template"]!["aliases"].ShouldBeJson("""{"sermo-posts":{}}""");
        template["template"]!["settings"]!["number_of_shards"].ShouldBeJson("3");
        template["template"]!["settings"]!["number_of_replicas"].ShouldBeJson("2");
        template["template"]!["settings"]!["analysis"].ShouldBeJson("""
            {"filter":{"sermo_english_possessive":{"type":"stemmer","language":"possessive_english"},
                       "sermo_english_stemmer":{"type":"stemmer","language":"english"}},
             "analyzer":{"sermo_english":{"type":"custom","tokenizer":"standard","filter":["sermo_english_possessive","lowercase","asciifolding","sermo_english_stemmer"]},
                         "sermo_exact":{"type":"custom","tokenizer":"standard","filter":["lowercase","asciifolding"]}},
             "normalizer":{"sermo_lowercase":{"type":"custom","filter":["lowercase","asciifolding"]}}}
            """);
        template["template"]!["mappings"].ShouldBeJson("""
            {"dynamic":"strict","properties":{
              "post_id":{"type":"keyword"},"author_key":{"type":"keyword"},
              "created_at":{"type":"date"},"day":{"type":"date","format":"yyyy-MM-dd"},
              "specialty":{"type":"keyword","normalizer":"sermo_lowercase"},"state":{"type":"keyword","normalizer":"sermo_lowercase"},
              "sentiment":{"type":"keyword"},"adverse":{"type":"boolean"},
              "text":{"type":"text","analyzer":"sermo_english","fields":{"exact":{"type":"text","analyzer":"sermo_exact"}}},
              "brands":{"type":"keyword"},"generics":{"type":"keyword"},"disease_codes":{"type":"keyword"},"disease_names":{"type":"keyword"},
              "brand_facets":{"type":"keyword"},"disease_facets":{"type":"keyword"},"aspects":{"type":"keyword"}}}
            """);
    }

    [Fact]
    public async Task Index_FreshCluster_CreatesThisMonthsIndexSoTheAliasResolves()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.HEAD, "_alias/", 404, "");
        await ScriptedIndex.Create(cluster).IndexAsync(ScriptedIndex.Posts(1), Ct);

        cluster.Requests[3].Should().Match<RecordedRequest>(r => r.Method == HttpMethod.PUT && r.Path == "sermo-posts-2026.11");
    }

    [Fact]
    public async Task Index_2500Posts_ThreeBulkRequestsOfAtMostBulkSizeEachItemInItsMonthlyIndex()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        var index = ScriptedIndex.Create(cluster, o => o.BulkSize = 1000);
        var outcome = await index.IndexAsync(ScriptedIndex.Posts(2500), Ct);

        outcome.Refused.Should().BeEmpty();
        var bulks = cluster.To(HttpMethod.POST, "sermo-posts/_bulk").ToList();
        bulks.Select(b => b.BulkIds().Count).Should().BeEquivalentTo([1000, 1000, 500]);
        bulks.SelectMany(b => b.BulkIds()).Should().HaveCount(2500).And.OnlyHaveUniqueItems();
        var first = bulks.Single(b => b.BulkIds().Contains("p0")).Lines;
        var at = first.Select((line, i) => (line, i)).First(x => x.line["index"]?["_id"]?.GetValue<string>() == "p0").i;
        first[at].ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.01","_id":"p0"}}""");
        first[at + 1].ShouldBeJson("""
            {"post_id":"p0","author_key":"a0","created_at":"2026-01-05T10:00:00+00:00","day":"2026-01-05","specialty":"cardiology","state":"TX",
             "sentiment":"negative","adverse":false,"text":"Eliquis and bleeding","brands":["eliquis"],"generics":["apixaban"],
             "disease_codes":[],"disease_names":[],"brand_facets":["eliquis|Eliquis"],"disease_facets":[],"aspects":["safety","safety:negative"]}
            """);
        cluster.Requests.Select(r => r.Path).SkipWhile(p => !p.Contains("_bulk", StringComparison.Ordinal)).SkipWhile(p => p.Contains("_bulk", StringComparison.Ordinal))
            .Select(p => p.Split('?')[0]).Should().Equal("sermo-posts/_refresh", "sermo-posts/_delete_by_query", "sermo-posts/_delete_by_query", "sermo-posts/_delete_by_query");
    }

    [Fact]
    public async Task Index_ManyBulks_NeverMoreInFlightThanConfigured()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        cluster.BulkLatency = TimeSpan.FromMilliseconds(30);
        await ScriptedIndex.Create(cluster, o => (o.BulkSize, o.MaxBulksInFlight) = (10, 2)).IndexAsync(ScriptedIndex.Posts(120), Ct);

        cluster.To(HttpMethod.POST, "sermo-posts/_bulk").Should().HaveCount(12);
        cluster.MaxBulksInFlight.Should().BeInRange(1, 2);
    }

    [Fact]
    public async Task Index_PostMovedToAnotherMonth_RefreshesThenDeletesItsCopiesOutsideTheNewMonth()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        var posts = ScriptedIndex.Posts(3);
        posts[1] = posts[1] with { CreatedAt = new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero) };
        await ScriptedIndex.Create(cluster).IndexAsync(posts, Ct);

        var bulk = cluster.To(HttpMethod.POST, "sermo-posts/_bulk").Single();
        bulk.Lines[2].ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.02","_id":"p1"}}""");
        var after = cluster.Requests.SkipWhile(r => r != bulk).Skip(1).ToList();
        after.Select(r => (r.Method, r.Path.Split('?')[0], r.Parameters)).Should().Equal(
            (HttpMethod.POST, "sermo-posts/_refresh", ""),
            (HttpMethod.POST, "sermo-posts/_delete_by_query", "allow_no_indices=true&conflicts=proceed&ignore_unavailable=true&refresh=true"));
        after[1].Json.ShouldBeJson("""
            {"query":{"bool":{"minimum_should_match":1,"should":[
              {"bool":{"filter":{"ids":{"values":["p0","p2"]}},"must_not":{"term":{"_index":{"value":"sermo-posts-2026.01"}}}}},
              {"bool":{"filter":{"ids":{"values":["p1"]}},"must_not":{"term":{"_index":{"value":"sermo-posts-2026.02"}}}}}]}}}
            """);
    }

    [Fact]
    public async Task Index_SamePostTwiceInOneBatch_OnlyTheLastCopyIsSent()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        var posts = ScriptedIndex.Posts(2);
        posts.Add(posts[0] with { CreatedAt = new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), Text = "switched to warfarin" });
        await ScriptedIndex.Create(cluster).IndexAsync(posts, Ct);

        var lines = cluster.To(HttpMethod.POST, "sermo-posts/_bulk").Single().Lines;
        lines.Should().HaveCount(4);
        lines[0].ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.03","_id":"p0"}}""");
        lines[1]!["text"]!.GetValue<string>().Should().Be("switched to warfarin");
    }

    [Fact]
    public async Task Index_ItemRejectedWith429AndItemMappingFailure_RetriesTheFirstAndRefusesTheSecondWithItsReason()
    {
        var bulkCalls = 0;
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_bulk", request => ++bulkCalls == 1
            ? new Reply(200, ElasticsearchFixtures.BulkPartialFailure)
            : new Reply(200, ElasticsearchFixtures.BulkAllCreated(request.BulkIds())));
        var outcome = await ScriptedIndex.Create(cluster).IndexAsync(ScriptedIndex.Posts(4), Ct);

        var bulks = cluster.To(HttpMethod.POST, "sermo-posts/_bulk").ToList();
        bulks.Select(b => b.BulkIds()).Should().BeEquivalentTo(new[] { new[] { "p0", "p1", "p2", "p3" }, ["p1"] }, o => o.WithStrictOrdering());
        var refused = outcome.Refused.Should().ContainSingle().Subject;
        refused.PostId.Should().Be("p2");
        refused.Reason.Should().StartWith("mapper_parsing_exception: failed to parse field [day]").And.Contain("caused by illegal_argument_exception");
        // Every copy of the refused post leaves the index: no stale version of it stays searchable.
        cluster.To(HttpMethod.POST, "sermo-posts/_delete_by_query").Single().Json["query"]!["bool"]!["should"]!.AsArray()
            .Should().ContainSingle(clause => clause!["ids"] != null).Which!["ids"].ShouldBeJson("""{"values":["p2"]}""");
    }

    [Fact]
    public async Task Index_WholeBulkRejectedWith429Once_SentAgainAndIndexed()
    {
        var bulkCalls = 0;
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_bulk", request => ++bulkCalls == 1
            ? new Reply(429, ElasticsearchFixtures.TooManyRequests)
            : new Reply(200, ElasticsearchFixtures.BulkAllCreated(request.BulkIds())));
        var outcome = await ScriptedIndex.Create(cluster).IndexAsync(ScriptedIndex.Posts(3), Ct);

        outcome.Refused.Should().BeEmpty();
        cluster.To(HttpMethod.POST, "sermo-posts/_bulk").Select(b => b.BulkIds().Count).Should().Equal(3, 3);
    }

    [Fact]
    public async Task Index_ItemsRejectedOnEveryTry_FailsAfterTheConfiguredRetriesWithOneLine()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_bulk", request => new Reply(200, ElasticsearchFixtures.BulkAllRejected(request.BulkIds())));
        var act = () => ScriptedIndex.Create(cluster, o => o.BulkRetries = 2).IndexAsync(ScriptedIndex.Posts(4), Ct);

        var error = (await act.Should().ThrowAsync<SearchIndexUnavailableException>()).Which;
        error.Message.Should().Be("Elasticsearch at http://es.test:9200/ kept rejecting 4 posts with 429 (too many requests) after 2 retries; the search backlog replays them next cycle");
        cluster.To(HttpMethod.POST, "sermo-posts/_bulk").Should().HaveCount(3);
    }

    [Fact]
    public async Task DeleteById_DeleteByQueryOnTheAliasWithIdsQuery()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        (await ScriptedIndex.Create(cluster).DeleteAsync(["p1", "p2", "p1"], Ct)).Should().Be(119);

        var delete = cluster.To(HttpMethod.POST, "sermo-posts/_delete_by_query").Single();
        delete.Parameters.Should().Be("allow_no_indices=true&conflicts=proceed&ignore_unavailable=true&refresh=true");
        delete.Json.ShouldBeJson("""{"query":{"ids":{"values":["p1","p2"]}}}""");
    }

    [Fact]
    public async Task DeleteByAuthor_TermsOnAuthorKeyInChunksOfBulkSize()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        var deleted = await ScriptedIndex.Create(cluster, o => o.BulkSize = 2).DeleteByAuthorAsync(["a1", "a2", "a3"], Ct);

        deleted.Should().Be(238);
        cluster.To(HttpMethod.POST, "sermo-posts/_delete_by_query").Select(r => r.Json).Should().SatisfyRespectively(
            first => first.ShouldBeJson("""{"query":{"terms":{"author_key":["a1","a2"]}}}"""),
            second => second.ShouldBeJson("""{"query":{"terms":{"author_key":["a3"]}}}"""));
    }

    [Fact]
    public async Task DeleteByAuthor_DocumentsChangedMeanwhile_FailsSoTheBacklogRetries()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_delete_by_query", 200, ElasticsearchFixtures.DeletedByQueryWithConflicts);
        var act = () => ScriptedIndex.Create(cluster).DeleteByAuthorAsync(["a1"], Ct);

        (await act.Should().ThrowAsync<SearchIndexUnavailableException>()).Which.Message.Should().Contain("2 documents changed while being deleted");
    }

    [Fact]
    public async Task Delete_NothingToDelete_SendsNothing()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        var index = ScriptedIndex.Create(cluster);
        (await index.DeleteAsync([], Ct)).Should().Be(0);
        (await index.IndexAsync([], Ct)).Refused.Should().BeEmpty();
        cluster.Requests.Should().BeEmpty();
    }
}
