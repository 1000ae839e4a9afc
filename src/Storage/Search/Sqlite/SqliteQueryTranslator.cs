using System.Globalization;
using Sermo.Analytics.Query;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// Translates a query tree for SQLite: the top-level conjunction's text parts become one FTS5 MATCH expression
/// (ranked by bm25, highlighted by snippet); everything else becomes SQL over <c>posts</c> (alias p) and <c>post_tags</c>.
/// Values always travel as parameters; FTS5 strings are quoted tokens the parser produced (letters and digits only).
/// </summary>
internal sealed class SqliteQueryTranslator
{
    private readonly List<KeyValuePair<string, object>> _parameters = [];

    private SqliteQueryTranslator()
    {
    }

    /// <summary>FTS5 expression every hit matches, or null when the query has no top-level text part.</summary>
    public string? Match { get; private set; }

    /// <summary>SQL condition over alias p (always valid; "1" when empty).</summary>
    public string Where { get; private set; } = "1";

    /// <summary>FTS5 expression of every non-negated text leaf, for highlighting hits found by any route.</summary>
    public string? Highlight { get; private set; }

    public IReadOnlyList<KeyValuePair<string, object>> Parameters => _parameters;

    public static SqliteQueryTranslator Translate(QueryNode query)
    {
        var translator = new SqliteQueryTranslator();
        var conjuncts = new List<QueryNode>();
        Flatten(query, conjuncts);

        var positive = conjuncts.Select(Fts).Where(f => f is not null).ToList();
        var rest = conjuncts.Where(c => Fts(c) is null).ToList();
        if (positive.Count > 0)
        {
            var match = string.Join(" AND ", positive.Select(p => $"({p})"));
            foreach (var negated in rest.OfType<NotNode>().Where(n => Fts(n.Operand) is not null).ToList())
            {
                match = $"({match}) NOT ({Fts(negated.Operand)})"; // FTS5's NOT is binary: keep it inside MATCH
                rest.Remove(negated);
            }

            translator.Match = match;
        }

        if (rest.Count > 0)
        {
            translator.Where = string.Join(" AND ", rest.Select(translator.Sql));
        }

        var leaves = QueryText.PositiveLeaves(query).Select(leaf => Fts(leaf)!).Distinct().ToList();
        translator.Highlight = leaves.Count == 0 ? null : string.Join(" OR ", leaves);
        return translator;
    }

    private static void Flatten(QueryNode node, List<QueryNode> into)
    {
        if (node is AndNode and)
        {
            Flatten(and.Left, into);
            Flatten(and.Right, into);
        }
        else
        {
            into.Add(node);
        }
    }

    /// <summary>The node as an FTS5 expression, or null when it holds tags, dates or a unary NOT.</summary>
    private static string? Fts(QueryNode node) => node switch
    {
        TermNode t => Quote(t.Term),
        PhraseNode p => Quote(string.Join(' ', p.Words)),
        PrefixNode p => Quote(p.Prefix) + "*",
        AndNode { Right: NotNode negated } both => Pair(both.Left, negated.Operand, "NOT"),
        AndNode both => Pair(both.Left, both.Right, "AND"),
        OrNode either => Pair(either.Left, either.Right, "OR"),
        _ => null,
    };

    private static string? Pair(QueryNode left, QueryNode right, string op) =>
        Fts(left) is { } l && Fts(right) is { } r ? $"({l}) {op} ({r})" : null;

    private static string Quote(string words) => "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string Sql(QueryNode node)
    {
        if (Fts(node) is { } fts)
        {
            return $"p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH {Add(fts)})";
        }

        return node switch
        {
            AndNode and => $"({Sql(and.Left)} AND {Sql(and.Right)})",
            OrNode or => $"({Sql(or.Left)} OR {Sql(or.Right)})",
            NotNode not => $"(NOT {Sql(not.Operand)})",
            DateRangeNode range => DateSql(range),
            FieldNode field => FieldSql(field),
            _ => throw new NotSupportedException($"No SQLite translation for {node.GetType().Name}."),
        };
    }

    private string DateSql(DateRangeNode range)
    {
        var parts = new List<string>();
        if (range.From is { } from)
        {
            parts.Add($"p.day >= {Add(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (range.To is { } to)
        {
            parts.Add($"p.day <= {Add(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    private string FieldSql(FieldNode field) => field.Field switch
    {
        QueryField.Brand => Tag("brand", "value", field.Value),
        QueryField.Generic => Tag("generic", "value", field.Value),
        QueryField.Disease when field.IsIcd10Prefix => DiseaseCodeSql(field.Value),
        QueryField.Disease => $"p.id IN (SELECT post_rowid FROM post_tags WHERE kind = 'disease' AND name = {Add(field.Value)})",
        QueryField.Specialty => $"lower(p.specialty) = {Add(field.Value)}",
        QueryField.State => $"lower(p.state) = {Add(field.Value)}",
        QueryField.Sentiment => $"p.sentiment = {Add(SentimentValue(field.Value))}",
        QueryField.AdverseEvent => field.Value == "true" ? "p.adverse_json <> '[]'" : "p.adverse_json = '[]'",
        QueryField.Aspect => Tag("aspect", "value", field.Value),
        _ => throw new NotSupportedException($"No SQLite translation for field {field.Field}."),
    };

    public static int SentimentValue(string name) => name switch
    {
        "positive" => 1,
        "negative" => -1,
        _ => 0,
    };

    private string Tag(string kind, string column, string value) =>
        $"p.id IN (SELECT post_rowid FROM post_tags WHERE kind = '{kind}' AND {column} = {Add(value)})";

    /// <summary>
    /// A code prefix as an index range: E11 matches E11 and E11.x but not E110 (codes have a dot after three
    /// characters), E1 matches E10..E19.x. '/' is the character after '.', so [E11., E11/) is every E11.x.
    /// </summary>
    private string DiseaseCodeSql(string code)
    {
        var (low, high) = code.Length == 3 ? (code + ".", code + "/") : (code, code[..^1] + (char)(code[^1] + 1));
        var exact = code.Length == 3 ? $"value = {Add(code)} OR " : "";
        return $"p.id IN (SELECT post_rowid FROM post_tags WHERE kind = 'disease' AND ({exact}(value >= {Add(low)} AND value < {Add(high)})))";
    }

    private string Add(object value)
    {
        var name = "$q" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new(name, value));
        return name;
    }
}
