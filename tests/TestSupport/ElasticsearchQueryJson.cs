using System.Text.Json.Nodes;
using ElasticsearchClient = Elastic.Clients.Elasticsearch.ElasticsearchClient;
using ElasticsearchClientSettings = Elastic.Clients.Elasticsearch.ElasticsearchClientSettings;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Search;

namespace Sermo.TestSupport;

/// <summary>
/// The <c>query</c> of the search body Elasticsearch would receive, serialized by the official client's own
/// serializer (nothing is sent), and the measures Elasticsearch's bool limits are about.
/// </summary>
public static class ElasticsearchQueryJson
{
    private static readonly ElasticsearchClient Client = new(new ElasticsearchClientSettings(new Uri("http://localhost:9200")));

    public static JsonNode? Query(SearchRequest request)
    {
        using var body = new MemoryStream();
        Client.RequestResponseSerializer.Serialize(ElasticsearchSearchRequest.Build(request, null, "posts", 5), body);
        return JsonNode.Parse(body.ToArray())!["query"];
    }

    /// <summary>How deep <c>bool</c> queries nest (indices.query.bool.max_nested_depth, 20 by default).</summary>
    public static int BoolDepth(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => (p.Key == "bool" ? 1 : 0) + BoolDepth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonArray a => a.Select(BoolDepth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>Leaf clauses (indices.query.bool.max_clause_count).</summary>
    public static int Clauses(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => (p.Key is "match" or "match_phrase" or "prefix" or "term" or "terms" or "range" ? 1 : 0) + Clauses(p.Value)),
        JsonArray a => a.Sum(Clauses),
        _ => 0,
    };
}
