using System.Text.Json.Nodes;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>
/// Response bodies as the Elasticsearch reference documents them, each with the page it was copied from. Where a
/// body had to carry Sermo's own ids, fields or aggregation names, the comment says what was changed; the structure
/// (field names, nesting, value types) is the page's.
/// </summary>
internal static class ElasticsearchFixtures
{
    // Root API example response, verbatim:
    // https://www.elastic.co/guide/en/elasticsearch/reference/8.15/rest-api-root.html (Examples)
    public const string RootVersion8 = """
        {
          "name": "instance-0000000000",
          "cluster_name": "my_test_cluster",
          "cluster_uuid": "5QaxoN0pRZuOmWSxstBBwQ",
          "version": {
            "build_date": "2024-02-01T13:07:13.727175297Z",
            "minimum_wire_compatibility_version": "7.17.0",
            "build_hash": "6185ba65d27469afabc9bc951cded6c17c21e3f3",
            "number": "8.12.1",
            "lucene_version": "9.9.2",
            "minimum_index_compatibility_version": "7.0.0",
            "build_flavor": "default",
            "build_snapshot": false,
            "build_type": "docker"
          },
          "tagline": "You Know, for Search"
        }
        """;

    // The same page's example with "number" changed to a 9.x release (and lucene_version / compatibility versions
    // moved along), the versions Sermo's 9.x client speaks to.
    public const string RootVersion9 = """
        {
          "name": "instance-0000000000",
          "cluster_name": "my_test_cluster",
          "cluster_uuid": "5QaxoN0pRZuOmWSxstBBwQ",
          "version": {
            "build_date": "2024-02-01T13:07:13.727175297Z",
            "minimum_wire_compatibility_version": "8.18.0",
            "build_hash": "6185ba65d27469afabc9bc951cded6c17c21e3f3",
            "number": "9.1.0",
            "lucene_version": "10.2.2",
            "minimum_index_compatibility_version": "8.0.0",
            "build_flavor": "default",
            "build_snapshot": false,
            "build_type": "docker"
          },
          "tagline": "You Know, for Search"
        }
        """;

    // Security enabled, no credentials, verbatim:
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/http-clients.html (Client examples)
    public const string MissingCredentials = """
        {
          "error": "AuthenticationException[Missing authentication token]",
          "status": 401
        }
        """;

    // Acknowledged index/template request (create index API example response, "acknowledged" part):
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/indices-create-index.html
    public const string Acknowledged = """{ "acknowledged": true }""";

    // Create index API example response, index name changed to a Sermo monthly index:
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/indices-create-index.html
    public const string IndexCreated = """
        {
          "acknowledged": true,
          "shards_acknowledged": true,
          "index": "sermo-posts-2026.11"
        }
        """;

    // The _shards header a refresh answers with:
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/indices-refresh.html
    public const string Refreshed = """{ "_shards": { "total": 2, "successful": 1, "failed": 0 } }""";

    // Delete by query example response, verbatim:
    // https://www.elastic.co/guide/en/elasticsearch/reference/5.0/docs-delete-by-query.html (same fields in
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/docs-delete-by-query.html#docs-delete-by-query-api-response-body)
    public const string DeletedByQuery = """
        {
          "took" : 147,
          "timed_out": false,
          "deleted": 119,
          "batches": 1,
          "version_conflicts": 0,
          "noops": 0,
          "retries": {
            "bulk": 0,
            "search": 0
          },
          "throttled_millis": 0,
          "requests_per_second": -1.0,
          "throttled_until_millis": 0,
          "total": 119,
          "failures" : [ ]
        }
        """;

    // The same response with conflicts=proceed counting two documents that changed while being deleted.
    public const string DeletedByQueryWithConflicts = """
        {
          "took" : 147,
          "timed_out": false,
          "deleted": 117,
          "batches": 1,
          "version_conflicts": 2,
          "noops": 0,
          "retries": { "bulk": 0, "search": 0 },
          "throttled_millis": 0,
          "requests_per_second": -1.0,
          "throttled_until_millis": 0,
          "total": 119,
          "failures" : [ ]
        }
        """;

    // Search API example response (hits.total, hits.hits, _source), hits and values replaced by two Sermo posts, with
    // the highlight of https://www.elastic.co/guide/en/elasticsearch/reference/current/highlighting.html, the sort
    // values of https://www.elastic.co/guide/en/elasticsearch/reference/current/paginate-search-results.html
    // (search_after) and aggregations keyed "type#name" as with typed_keys (the client always asks for it;
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/search-aggregations.html#return-agg-type), the
    // bucket shapes of the date_histogram, terms and cardinality pages:
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/search-search.html
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/search-aggregations-bucket-datehistogram-aggregation.html
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/search-aggregations-bucket-terms-aggregation.html
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/search-aggregations-metrics-cardinality-aggregation.html
    public const string Search = """
        {
          "took": 5,
          "timed_out": false,
          "_shards": { "total": 2, "successful": 2, "skipped": 0, "failed": 0 },
          "hits": {
            "total": { "value": 16, "relation": "eq" },
            "max_score": 1.2,
            "hits": [
              {
                "_index": "sermo-posts-2026.01",
                "_id": "p2",
                "_score": 1.2,
                "_source": { "post_id": "p2", "created_at": "2026-01-06T10:00:00Z", "specialty": "cardiology", "state": "TX", "sentiment": "negative", "text": "major bleeding & more" },
                "highlight": { "text": [ "major \u0002bleeding\u0003 & more" ] },
                "sort": [ 1.2, 1767693600000, "p2" ]
              },
              {
                "_index": "sermo-posts-2026.01",
                "_id": "p1",
                "_score": 0.5,
                "_source": { "post_id": "p1", "created_at": "2026-01-05T10:00:00Z", "specialty": null, "state": null, "sentiment": "neutral", "text": "no highlight here" },
                "sort": [ 0.5, 1767607200000, "p1" ]
              }
            ]
          },
          "aggregations": {
            "cardinality#match_authors": { "value": 15 },
            "date_histogram#histogram": {
              "buckets": [
                { "key_as_string": "2026-01-05", "key": 1767571200000, "doc_count": 5, "cardinality#authors": { "value": 5 } },
                { "key_as_string": "2026-01-12", "key": 1768176000000, "doc_count": 2, "cardinality#authors": { "value": 2 } },
                { "key_as_string": "2026-01-19", "key": 1768780800000, "doc_count": 9, "cardinality#authors": { "value": 8 } }
              ]
            },
            "sterms#brand": {
              "doc_count_error_upper_bound": 0,
              "sum_other_doc_count": 0,
              "buckets": [
                { "key": "eliquis|Eliquis", "doc_count": 5, "cardinality#authors": { "value": 5 } },
                { "key": "humira|Humira", "doc_count": 2, "cardinality#authors": { "value": 2 } }
              ]
            },
            "sterms#disease": {
              "doc_count_error_upper_bound": 0,
              "sum_other_doc_count": 0,
              "buckets": [ { "key": "E11.9|Type 2 diabetes mellitus", "doc_count": 6, "cardinality#authors": { "value": 6 } } ]
            },
            "sterms#specialty": {
              "doc_count_error_upper_bound": 0,
              "sum_other_doc_count": 0,
              "buckets": [ { "key": "cardiology", "doc_count": 16, "cardinality#authors": { "value": 14 } } ]
            },
            "sterms#sentiment": {
              "doc_count_error_upper_bound": 0,
              "sum_other_doc_count": 0,
              "buckets": [
                { "key": "positive", "doc_count": 9, "cardinality#authors": { "value": 8 } },
                { "key": "negative", "doc_count": 6, "cardinality#authors": { "value": 6 } },
                { "key": "neutral", "doc_count": 1, "cardinality#authors": { "value": 1 } }
              ]
            }
          }
        }
        """;

    // The search API's response shape with no hits and no aggregations asked for.
    public const string EmptySearch = """
        {
          "took": 1,
          "timed_out": false,
          "_shards": { "total": 1, "successful": 1, "skipped": 0, "failed": 0 },
          "hits": { "total": { "value": 0, "relation": "eq" }, "max_score": null, "hits": [] }
        }
        """;

    // Bulk API "Example with failed actions": the items keep the page's fields (_index, _id, status, error.type,
    // error.reason, error.index_uuid, error.shard, error.index) for index actions on Sermo ids. The first failed item
    // is the write thread pool rejection described on
    // https://www.elastic.co/docs/troubleshoot/elasticsearch/rejected-requests (429, es_rejected_execution_exception);
    // the second a mapping failure (400, mapper_parsing_exception).
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/docs-bulk.html#bulk-failures-ex
    public const string BulkPartialFailure = """
        {
          "took": 486,
          "errors": true,
          "items": [
            { "index": { "_index": "sermo-posts-2026.01", "_id": "p0", "_version": 1, "result": "created", "_shards": { "total": 2, "successful": 1, "failed": 0 }, "_seq_no": 0, "_primary_term": 1, "status": 201 } },
            { "index": { "_index": "sermo-posts-2026.01", "_id": "p1", "status": 429,
                "error": { "type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=0, max_coordinating_and_primary_bytes=0]" } } },
            { "index": { "_index": "sermo-posts-2026.01", "_id": "p2", "status": 400,
                "error": { "type": "mapper_parsing_exception", "reason": "failed to parse field [day] of type [date] in document with id 'p2'. Preview of field's value: '2026-13-45'", "index_uuid": "aAsFqTI0Tc2W0LCWgPNrOA", "shard": "0", "index": "sermo-posts-2026.01",
                  "caused_by": { "type": "illegal_argument_exception", "reason": "failed to parse date field [2026-13-45] with format [yyyy-MM-dd]" } } } },
            { "index": { "_index": "sermo-posts-2026.01", "_id": "p3", "_version": 1, "result": "created", "_shards": { "total": 2, "successful": 1, "failed": 0 }, "_seq_no": 1, "_primary_term": 1, "status": 201 } }
          ]
        }
        """;

    // A whole _bulk request refused by the write thread pool (429), error body as on
    // https://www.elastic.co/docs/troubleshoot/elasticsearch/rejected-requests
    public const string TooManyRequests = """
        {
          "error": {
            "root_cause": [ { "type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation" } ],
            "type": "es_rejected_execution_exception",
            "reason": "rejected execution of coordinating operation"
          },
          "status": 429
        }
        """;

    // Missing index, in the error object shape every API answers with (root_cause, type, reason, status):
    // https://www.elastic.co/guide/en/elasticsearch/reference/current/common-options.html#common-options-error-options
    public const string IndexNotFound = """
        {
          "error": {
            "root_cause": [ { "type": "index_not_found_exception", "reason": "no such index [sermo-posts]", "resource.type": "index_or_alias", "resource.id": "sermo-posts", "index_uuid": "_na_", "index": "sermo-posts" } ],
            "type": "index_not_found_exception",
            "reason": "no such index [sermo-posts]",
            "resource.type": "index_or_alias",
            "resource.id": "sermo-posts",
            "index_uuid": "_na_",
            "index": "sermo-posts"
          },
          "status": 404
        }
        """;

    /// <summary>
    /// Every action of a _bulk request rejected by the write thread pool: the failed item of
    /// <see cref="BulkPartialFailure"/> for each id.
    /// </summary>
    public static string BulkAllRejected(IReadOnlyList<string> ids) => new JsonObject
    {
        ["took"] = 3,
        ["errors"] = true,
        ["items"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject
        {
            ["index"] = new JsonObject
            {
                ["_index"] = "sermo-posts-2026.01",
                ["_id"] = id,
                ["status"] = 429,
                ["error"] = new JsonObject { ["type"] = "es_rejected_execution_exception", ["reason"] = "rejected execution of coordinating operation" },
            },
        }).ToArray()),
    }.ToJsonString();

    /// <summary>
    /// Every action of a _bulk request created, each item as in the bulk page's example response
    /// (https://www.elastic.co/guide/en/elasticsearch/reference/current/docs-bulk.html#docs-bulk-api-example).
    /// </summary>
    public static string BulkAllCreated(IReadOnlyList<string> ids) => new JsonObject
    {
        ["took"] = 30,
        ["errors"] = false,
        ["items"] = new JsonArray(ids.Select((id, i) => (JsonNode)new JsonObject
        {
            ["index"] = new JsonObject
            {
                ["_index"] = "sermo-posts-2026.01",
                ["_id"] = id,
                ["_version"] = 1,
                ["result"] = "created",
                ["_shards"] = new JsonObject { ["total"] = 2, ["successful"] = 1, ["failed"] = 0 },
                ["status"] = 201,
                ["_seq_no"] = i,
                ["_primary_term"] = 1,
            },
        }).ToArray()),
    }.ToJsonString();
}
