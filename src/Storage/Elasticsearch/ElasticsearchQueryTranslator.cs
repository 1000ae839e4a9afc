using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Sermo.Analytics.Query;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// The query tree as typed Query DSL: <c>bool</c> (must / should / must_not / filter), <c>match</c> and
/// <c>match_phrase</c> on the analyzed text, <c>prefix</c> on its unstemmed sub-field, <c>term(s)</c> on keyword tag
/// fields and <c>range</c> on the day. Never <c>query_string</c>: analyst text never reaches Lucene's own parser.
/// </summary>
public static class ElasticsearchQueryTranslator
{
    public static Query Translate(QueryNode node) => node switch
    {
        TermNode t => new MatchQuery { Field = "text", Query = t.Term },
        PhraseNode p => new MatchPhraseQuery { Field = "text", Query = string.Join(' ', p.Words) },
        PrefixNode p => new PrefixQuery { Field = "text.exact", Value = p.Prefix },
        AndNode => And(node),
        OrNode => Or(node),
        NotNode n => new BoolQuery { MustNot = [Translate(n.Operand)] },
        DateRangeNode r => Range(r),
        FieldNode f => Field(f),
        _ => throw new NotSupportedException($"No Elasticsearch translation for {node.GetType().Name}."),
    };

    /// <summary>Every document of these authors (opt-out).</summary>
    public static Query Authors(IReadOnlyCollection<string> authorKeys) => Terms("author_key", authorKeys);

    /// <summary>Every document of these post ids, in whichever monthly index it is.</summary>
    public static Query Ids(IReadOnlyCollection<string> postIds) => new IdsQuery { Values = postIds.ToArray() };

    /// <summary>
    /// Documents of the given ids in any index but the one each id lives in now: one <c>should</c> clause per
    /// month, each an <c>ids</c> filter with a <c>must_not</c> <c>term</c> on the <c>_index</c> metadata field.
    /// </summary>
    public static Query OutsideTheirMonth(IEnumerable<(string PostId, string Index)> posts) => new BoolQuery
    {
        Should = posts
            .GroupBy(p => p.Index, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Query)new BoolQuery
            {
                Filter = [new IdsQuery { Values = g.Select(p => p.PostId).ToArray() }],
                MustNot = [new TermQuery { Field = "_index", Value = g.Key }],
            })
            .ToList(),
        MinimumShouldMatch = 1,
    };

    private static Query And(QueryNode node)
    {
        var must = new List<Query>();
        var filter = new List<Query>();
        var mustNot = new List<Query>();
        foreach (var part in Flatten<AndNode>(node, a => (a.Left, a.Right)))
        {
            switch (part)
            {
                case NotNode n:
                    mustNot.Add(Translate(n.Operand));
                    break;
                case FieldNode or DateRangeNode:
                    filter.Add(Translate(part)); // tags and dates do not score
                    break;
                default:
                    must.Add(Translate(part));
                    break;
            }
        }

        return new BoolQuery
        {
            Must = must.Count > 0 ? must : null,
            Filter = filter.Count > 0 ? filter : null,
            MustNot = mustNot.Count > 0 ? mustNot : null,
        };
    }

    private static Query Or(QueryNode node) => new BoolQuery
    {
        Should = Flatten<OrNode>(node, o => (o.Left, o.Right)).Select(Translate).ToList(),
        MinimumShouldMatch = 1,
    };

    /// <summary>a AND (b AND c) as [a, b, c]: one bool per run of the same operator instead of one per node.</summary>
    private static List<QueryNode> Flatten<T>(QueryNode node, Func<T, (QueryNode Left, QueryNode Right)> children)
        where T : QueryNode
    {
        var parts = new List<QueryNode>();
        var pending = new Stack<QueryNode>([node]);
        while (pending.TryPop(out var next))
        {
            if (next is T same)
            {
                var (left, right) = children(same);
                pending.Push(right);
                pending.Push(left);
            }
            else
            {
                parts.Add(next);
            }
        }

        return parts;
    }

    private static Query Range(DateRangeNode range)
    {
        var query = new DateRangeQuery { Field = "day", Format = "yyyy-MM-dd" };
        if (range.From is { } from)
        {
            query.Gte = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (range.To is { } to)
        {
            query.Lte = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return query;
    }

    private static Query Field(FieldNode field) => field.Field switch
    {
        QueryField.Brand => Terms("brands", [field.Value]),
        QueryField.Generic => Terms("generics", [field.Value]),
        QueryField.Disease when field.IsIcd10Prefix => Terms("disease_codes", [field.Value]),
        QueryField.Disease => Terms("disease_names", [field.Value]),
        QueryField.Specialty => Terms("specialty", [field.Value]),
        QueryField.State => Terms("state", [field.Value]),
        QueryField.Sentiment => Terms("sentiment", [field.Value]),
        QueryField.AdverseEvent => new TermQuery { Field = "adverse", Value = field.Value == "true" },
        QueryField.Aspect => Terms("aspects", [field.Value]),
        _ => throw new NotSupportedException($"No Elasticsearch translation for field {field.Field}."),
    };

    private static Query Terms(string field, IReadOnlyCollection<string> values) =>
        new TermsQuery { Field = field, Terms = new TermsQueryField(values.Select(FieldValue.String).ToArray()) };
}
