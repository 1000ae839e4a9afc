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

    /// <summary>The top-level conjuncts <see cref="Where"/> holds, as query nodes (none when it is "1").</summary>
    public IReadOnlyList<QueryNode> Conditions { get; private set; } = [];

    public static SqliteQueryTranslator Translate(QueryNode query)
    {
        var translator = new SqliteQueryTranslator();
        List<QueryNode> conjuncts = query is AndNode ? QueryText.Chain(query) : [query];
        var positive = conjuncts.Where(c => Fts(c) is not null).ToList();
        var rest = conjuncts.Where(c => Fts(c) is null).ToList();
        if (positive.Count > 0)
        {
            // FTS5's NOT is binary and binds tighter than AND, so "p AND q NOT x NOT y" is p ∧ q ∧ ¬x ∧ ¬y, flat.
            var negated = rest.OfType<NotNode>().Where(n => Fts(n.Operand) is not null).ToList();
            translator.Match = string.Join(" AND ", positive.Select(Grouped)) + string.Concat(negated.Select(n => " NOT " + Grouped(n.Operand)));
            rest.RemoveAll(negated.Contains);
        }

        if (rest.Count > 0)
        {
            translator.Where = string.Join(" AND ", rest.Select(translator.Sql));
            translator.Conditions = rest;
        }

        var leaves = QueryText.PositiveLeaves(query).Select(leaf => Fts(leaf)!).Distinct().ToList();
        translator.Highlight = leaves.Count == 0 ? null : string.Join(" OR ", leaves);
        return translator;
    }

    /// <summary>
    /// The node as an FTS5 expression, or null when it holds tags, dates or a NOT with nothing positive beside it.
    /// Chains of one operator are written flat and only operands that are chains themselves get parentheses, so the
    /// expression nests only where the query does: FTS5's parser has a fixed stack (100 entries) that a left-deep
    /// "((a) OR (b)) OR (c)…" of 96 terms used to overflow.
    /// </summary>
    private static string? Fts(QueryNode node) => node switch
    {
        TermNode t => Quote(t.Term),
        PhraseNode p => Quote(string.Join(' ', p.Words)),
        PrefixNode p => Quote(p.Prefix) + "*",
        OrNode => Joined(QueryText.Chain(node), " OR "),
        AndNode => FtsConjunction(QueryText.Chain(node)),
        _ => null,
    };

    /// <summary><c>a AND b NOT x NOT y</c>: null unless something is positive and every operand is text.</summary>
    private static string? FtsConjunction(List<QueryNode> conjuncts)
    {
        var positive = conjuncts.Where(c => c is not NotNode).ToList();
        var negated = conjuncts.OfType<NotNode>().Select(n => n.Operand).ToList();
        if (positive.Count == 0 || Joined(positive, " AND ") is not { } match)
        {
            return null;
        }

        return negated.Count == 0 ? match : Joined(negated, " NOT ") is { } not ? match + " NOT " + not : null;
    }

    /// <summary>The operands' expressions joined by <paramref name="op"/>, chains in parentheses; null when one is not text.</summary>
    private static string? Joined(IEnumerable<QueryNode> operands, string op)
    {
        var parts = new List<string>();
        foreach (var operand in operands)
        {
            if (Fts(operand) is not { } text)
            {
                return null;
            }

            parts.Add(operand is TermNode or PhraseNode or PrefixNode ? text : "(" + text + ")");
        }

        return string.Join(op, parts);
    }

    private static string Grouped(QueryNode node) => Joined([node], "")!;

    private static string Quote(string words) => "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string Sql(QueryNode node)
    {
        if (Fts(node) is { } fts)
        {
            return $"p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH {Add(fts)})";
        }

        return node switch
        {
            // Flat, like the FTS5 expressions: SQLite's SQL parser has a bounded stack too.
            AndNode => "(" + string.Join(" AND ", QueryText.Chain(node).Select(Sql)) + ")",
            OrNode => "(" + string.Join(" OR ", QueryText.Chain(node).Select(Sql)) + ")",
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
