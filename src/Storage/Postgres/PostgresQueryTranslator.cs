using Npgsql;
using NpgsqlTypes;
using Sermo.Analytics.Query;

namespace Sermo.Storage.Postgres;

/// <summary>
/// Translates a query tree for PostgreSQL over <c>search_posts</c>: text-only subtrees become one tsquery expression
/// (<c>&amp;&amp;</c>, <c>||</c>, <c>!!</c> of plainto/phraseto/prefix queries) matched against the GIN-indexed
/// tsvector; tags become array containment (also GIN), the rest plain column tests. Values travel as parameters.
/// </summary>
internal sealed class PostgresQueryTranslator
{
    private readonly List<NpgsqlParameter> _parameters = [];

    private PostgresQueryTranslator()
    {
    }

    public string Where { get; private set; } = "true";

    /// <summary>tsquery of every non-negated text leaf (for rank and headline), or null when the query has no text.</summary>
    public string? Highlight { get; private set; }

    public IReadOnlyList<NpgsqlParameter> Parameters => _parameters;

    public static PostgresQueryTranslator Translate(QueryNode query)
    {
        var translator = new PostgresQueryTranslator();
        translator.Where = translator.Sql(query);
        var leaves = QueryText.PositiveLeaves(query);
        translator.Highlight = leaves.Count == 0 ? null : string.Join(" || ", leaves.Select(translator.TsQuery));
        return translator;
    }

    private static bool IsText(QueryNode node) => node switch
    {
        TermNode or PhraseNode or PrefixNode => true,
        AndNode a => IsText(a.Left) && IsText(a.Right),
        OrNode o => IsText(o.Left) && IsText(o.Right),
        NotNode n => IsText(n.Operand),
        _ => false,
    };

    private string Sql(QueryNode node)
    {
        // A bare negation is not a tsquery by itself worth indexing, but "tsv @@ !!q" is still correct.
        if (IsText(node))
        {
            return $"tsv @@ ({TsQuery(node)})";
        }

        return node switch
        {
            // Chains flat, so the expression nests as deep as the query's parentheses, not as long as its clause list.
            AndNode => "(" + string.Join(" AND ", QueryText.Chain(node).Select(Sql)) + ")",
            OrNode => "(" + string.Join(" OR ", QueryText.Chain(node).Select(Sql)) + ")",
            NotNode n => $"(NOT {Sql(n.Operand)})",
            DateRangeNode range => DateSql(range),
            FieldNode field => FieldSql(field),
            _ => throw new NotSupportedException($"No PostgreSQL translation for {node.GetType().Name}."),
        };
    }

    private string TsQuery(QueryNode node) => node switch
    {
        TermNode t => $"plainto_tsquery('english', {Add(t.Term)})",
        PhraseNode p => $"phraseto_tsquery('english', {Add(string.Join(' ', p.Words))})",
        // The parser guarantees the prefix is letters and digits only, so it is a safe tsquery lexeme.
        PrefixNode p => $"to_tsquery('english', {Add(p.Prefix + ":*")})",
        AndNode => "(" + string.Join(" && ", QueryText.Chain(node).Select(TsQuery)) + ")",
        OrNode => "(" + string.Join(" || ", QueryText.Chain(node).Select(TsQuery)) + ")",
        NotNode n => $"(!! {TsQuery(n.Operand)})",
        _ => throw new NotSupportedException($"{node.GetType().Name} is not text."),
    };

    private string DateSql(DateRangeNode range)
    {
        var parts = new List<string>();
        if (range.From is { } from)
        {
            parts.Add($"day >= {Add(from)}");
        }

        if (range.To is { } to)
        {
            parts.Add($"day <= {Add(to)}");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    private string FieldSql(FieldNode field) => field.Field switch
    {
        QueryField.Brand => $"brands @> ARRAY[{Add(field.Value)}]",
        QueryField.Generic => $"generics @> ARRAY[{Add(field.Value)}]",
        QueryField.Disease when field.IsIcd10Prefix => $"disease_codes @> ARRAY[{Add(field.Value)}]",
        QueryField.Disease => $"disease_names @> ARRAY[{Add(field.Value)}]",
        QueryField.Specialty => $"lower(specialty) = {Add(field.Value)}",
        QueryField.State => $"lower(state) = {Add(field.Value)}",
        QueryField.Sentiment => $"sentiment = {Add((short)Search.Sqlite.SqliteQueryTranslator.SentimentValue(field.Value))}",
        QueryField.AdverseEvent => field.Value == "true" ? "adverse" : "NOT adverse",
        QueryField.Aspect => $"aspects @> ARRAY[{Add(field.Value)}]",
        _ => throw new NotSupportedException($"No PostgreSQL translation for field {field.Field}."),
    };

    private string Add(object value)
    {
        var parameter = value switch
        {
            DateOnly d => new NpgsqlParameter { Value = d, NpgsqlDbType = NpgsqlDbType.Date },
            short s => new NpgsqlParameter { Value = s, NpgsqlDbType = NpgsqlDbType.Smallint },
            // PostgreSQL text cannot carry a NUL (error 22021), and no stored value holds one: U+FFFD keeps the value
            // matching nothing, as on the other backends.
            string text => new NpgsqlParameter { Value = text.Replace('\0', '\uFFFD'), NpgsqlDbType = NpgsqlDbType.Text },
            _ => new NpgsqlParameter { Value = value, NpgsqlDbType = NpgsqlDbType.Text },
        };
        _parameters.Add(parameter);
        return "$" + _parameters.Count;
    }
}
