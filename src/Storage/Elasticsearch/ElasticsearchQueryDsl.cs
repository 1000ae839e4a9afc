using System.Globalization;
using System.Text.Json.Nodes;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// The query tree as Elasticsearch Query DSL: <c>bool</c> (must / should / must_not / filter), <c>match</c> and
/// <c>match_phrase</c> on the analyzed text, <c>prefix</c> on its unstemmed sub-field, <c>terms</c> on keyword tag
/// fields and <c>range</c> on the day. Never <c>query_string</c>: analyst text never reaches Lucene's own parser.
/// </summary>
public static class ElasticsearchQueryDsl
{
    public static JsonObject Query(QueryNode node) => node switch
    {
        TermNode t => Obj("match", Obj("text", new JsonObject { ["query"] = t.Term })),
        PhraseNode p => Obj("match_phrase", Obj("text", new JsonObject { ["query"] = string.Join(' ', p.Words) })),
        PrefixNode p => Obj("prefix", Obj("text.exact", new JsonObject { ["value"] = p.Prefix })),
        AndNode => And(node),
        OrNode => Or(node),
        NotNode n => Obj("bool", new JsonObject { ["must_not"] = new JsonArray(Query(n.Operand)) }),
        DateRangeNode r => Range(r),
        FieldNode f => Field(f),
        _ => throw new NotSupportedException($"No Elasticsearch translation for {node.GetType().Name}."),
    };

    /// <summary>
    /// Documents of the given ids in any index but the one each id now lives in: one <c>should</c> clause per
    /// target index, each a <c>terms</c> filter on post_id with a <c>must_not</c> <c>term</c> on the <c>_index</c>
    /// metadata field.
    /// </summary>
    public static JsonObject OtherMonthCopies(IEnumerable<(string PostId, string Index)> posts) =>
        Obj("bool", new JsonObject
        {
            ["should"] = new JsonArray(posts
                .GroupBy(p => p.Index, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (JsonNode)Obj("bool", new JsonObject
                {
                    ["filter"] = new JsonArray(Obj("terms", Obj("post_id", new JsonArray(g.Select(p => (JsonNode)p.PostId).ToArray())))),
                    ["must_not"] = new JsonArray(Obj("term", Obj("_index", g.Key))),
                }))
                .ToArray()),
            ["minimum_should_match"] = 1,
        });

    /// <summary>The <c>_search</c> body: query, page, sort, highlight and (optionally) the aggregations.</summary>
    public static JsonObject SearchBody(SearchRequest request, JsonArray? searchAfter)
    {
        var body = new JsonObject
        {
            ["query"] = Query(SearchAggregates.EffectiveQuery(request)),
            ["size"] = request.Size,
            ["track_total_hits"] = true,
            ["_source"] = new JsonArray("post_id", "created_at", "specialty", "state", "sentiment", "text"),
            ["sort"] = request.Sort == SearchSort.Relevance
                ? new JsonArray(Obj("_score", "desc"), Obj("created_at", "desc"), Obj("post_id", "desc"))
                : new JsonArray(Obj("created_at", "desc"), Obj("post_id", "desc")),
            ["highlight"] = new JsonObject
            {
                ["pre_tags"] = new JsonArray(ExcerptMarkup.Open),
                ["post_tags"] = new JsonArray(ExcerptMarkup.Close),
                ["fields"] = Obj("text", new JsonObject { ["fragment_size"] = 160, ["number_of_fragments"] = 2 }),
            },
        };
        if (searchAfter is not null)
        {
            body["search_after"] = searchAfter;
        }

        if (request.Aggregations)
        {
            body["aggs"] = new JsonObject
            {
                ["histogram"] = new JsonObject
                {
                    ["date_histogram"] = new JsonObject
                    {
                        ["field"] = "day",
                        ["calendar_interval"] = request.Interval switch { BucketInterval.Day => "day", BucketInterval.Week => "week", _ => "month" },
                        ["format"] = "yyyy-MM-dd",
                    },
                    ["aggs"] = Authors(),
                },
                ["brand"] = Terms("brand_facets"),
                ["disease"] = Terms("disease_facets"),
                ["specialty"] = Terms("specialty"),
                ["sentiment"] = Terms("sentiment"),
            };
        }

        return body;
    }

    private static JsonObject And(QueryNode node)
    {
        var parts = new List<QueryNode>();
        Flatten<AndNode>(node, parts, a => (a.Left, a.Right));
        var must = new JsonArray();
        var mustNot = new JsonArray();
        var filter = new JsonArray();
        foreach (var part in parts)
        {
            switch (part)
            {
                case NotNode n:
                    mustNot.Add(Query(n.Operand));
                    break;
                case FieldNode or DateRangeNode:
                    filter.Add(Query(part)); // tags and dates do not score
                    break;
                default:
                    must.Add(Query(part));
                    break;
            }
        }

        var clause = new JsonObject();
        if (must.Count > 0)
        {
            clause["must"] = must;
        }

        if (filter.Count > 0)
        {
            clause["filter"] = filter;
        }

        if (mustNot.Count > 0)
        {
            clause["must_not"] = mustNot;
        }

        return Obj("bool", clause);
    }

    private static JsonObject Or(QueryNode node)
    {
        var parts = new List<QueryNode>();
        Flatten<OrNode>(node, parts, o => (o.Left, o.Right));
        return Obj("bool", new JsonObject
        {
            ["should"] = new JsonArray(parts.Select(p => (JsonNode)Query(p)).ToArray()),
            ["minimum_should_match"] = 1,
        });
    }

    private static void Flatten<T>(QueryNode node, List<QueryNode> into, Func<T, (QueryNode, QueryNode)> children)
        where T : QueryNode
    {
        if (node is T same)
        {
            var (left, right) = children(same);
            Flatten(left, into, children);
            Flatten(right, into, children);
        }
        else
        {
            into.Add(node);
        }
    }

    private static JsonObject Range(DateRangeNode range)
    {
        var bounds = new JsonObject();
        if (range.From is { } from)
        {
            bounds["gte"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (range.To is { } to)
        {
            bounds["lte"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Obj("range", Obj("day", bounds));
    }

    private static JsonObject Field(FieldNode field)
    {
        var (name, value) = field.Field switch
        {
            QueryField.Brand => ("brands", (JsonNode)field.Value),
            QueryField.Generic => ("generics", field.Value),
            QueryField.Disease when field.IsIcd10Prefix => ("disease_codes", field.Value),
            QueryField.Disease => ("disease_names", field.Value),
            QueryField.Specialty => ("specialty", field.Value),
            QueryField.State => ("state", field.Value),
            QueryField.Sentiment => ("sentiment", field.Value),
            QueryField.AdverseEvent => ("adverse", (JsonNode)(field.Value == "true")),
            QueryField.Aspect => throw new NotSupportedException("aspect: is not built for the Elasticsearch backend yet; SQLite and PostgreSQL answer it."),
            _ => throw new NotSupportedException($"No Elasticsearch translation for field {field.Field}."),
        };
        return Obj("terms", Obj(name, new JsonArray(value)));
    }

    // Cardinality is HyperLogLog++: exact below precision_threshold, which is far above any k.
    private static JsonObject Authors() =>
        Obj("authors", Obj("cardinality", new JsonObject { ["field"] = "author_key", ["precision_threshold"] = 1000 }));

    private static JsonObject Terms(string field) => new()
    {
        ["terms"] = new JsonObject { ["field"] = field, ["size"] = 100 },
        ["aggs"] = Authors(),
    };

    private static JsonObject Obj(string name, JsonNode? value) => new() { [name] = value };
}
