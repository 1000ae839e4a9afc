namespace Sermo.Analytics.Query;

/// <summary>A parsed analyst or watchlist query. Every backend translates this tree; none re-parses text.</summary>
public abstract record QueryNode;

/// <summary>One word, matched by each backend's own stemming analyzer.</summary>
public sealed record TermNode(string Term) : QueryNode;

/// <summary>Words that must appear next to each other, in order.</summary>
public sealed record PhraseNode(IReadOnlyList<string> Words) : QueryNode
{
    public bool Equals(PhraseNode? other) => other is not null && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => Words.Aggregate(17, (h, w) => (h * 31) + w.GetHashCode(StringComparison.Ordinal));
}

/// <summary>A word beginning: <c>metfor*</c>.</summary>
public sealed record PrefixNode(string Prefix) : QueryNode;

public sealed record AndNode(QueryNode Left, QueryNode Right) : QueryNode;

public sealed record OrNode(QueryNode Left, QueryNode Right) : QueryNode;

public sealed record NotNode(QueryNode Operand) : QueryNode;

public enum QueryField
{
    Brand,
    Generic,
    Disease,
    Specialty,
    State,
    Sentiment,
    AdverseEvent,

    /// <summary>
    /// <c>aspect:access</c> or <c>aspect:access:negative</c>: a drug mention in the post has that aspect (efficacy,
    /// safety, access, cost, dosing) and, when given, that polarity. Value: "access" or "access:negative".
    /// </summary>
    Aspect,
}

/// <summary>
/// <c>field:value</c> over the tags, not the text. Values are lower-cased; for <see cref="QueryField.Disease"/>
/// an ICD-10 code (letter + digit, e.g. <c>E11</c>) is kept upper-case and matches as a code prefix.
/// </summary>
public sealed record FieldNode(QueryField Field, string Value) : QueryNode
{
    public bool IsIcd10Prefix => Field == QueryField.Disease && IcdCode.IsCodePrefix(Value);
}

/// <summary><c>date:FROM..TO</c>, either end open, both inclusive.</summary>
public sealed record DateRangeNode(DateOnly? From, DateOnly? To) : QueryNode;

public static class IcdCode
{
    /// <summary>An ICD-10 code or its prefix: a letter, a digit, then digits, letters or one dot (E11, I48.9).</summary>
    public static bool IsCodePrefix(string value) =>
        value.Length >= 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiDigit(value[1])
        && value.Skip(2).All(c => char.IsAsciiLetterOrDigit(c) || c == '.');
}

/// <summary>Walks an AST for what every backend needs alike.</summary>
public static class QueryText
{
    /// <summary>
    /// The term, phrase and prefix leaves a hit can contain (not those under an odd number of NOTs): what a
    /// backend highlights in excerpts.
    /// </summary>
    public static List<QueryNode> PositiveLeaves(QueryNode query)
    {
        var leaves = new List<QueryNode>();
        Collect(query, negated: false, leaves);
        return leaves;
    }

    /// <summary>
    /// The operands of the chain of one operator <paramref name="node"/> heads, left to right: <c>a OR b OR c</c> is
    /// three operands, not two levels. A node that is neither AND nor OR is its own one operand. Translators write chains
    /// flat so that a backend's nesting follows the query's parentheses and NOTs, never its clause count.
    /// </summary>
    public static List<QueryNode> Chain(QueryNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var operands = new List<QueryNode>();
        var pending = new Stack<QueryNode>();
        pending.Push(node);
        while (pending.TryPop(out var next))
        {
            switch (next)
            {
                case AndNode both when node is AndNode:
                    pending.Push(both.Right);
                    pending.Push(both.Left);
                    break;
                case OrNode either when node is OrNode:
                    pending.Push(either.Right);
                    pending.Push(either.Left);
                    break;
                default:
                    operands.Add(next);
                    break;
            }
        }

        return operands;
    }

    private static void Collect(QueryNode node, bool negated, List<QueryNode> into)
    {
        switch (node)
        {
            case TermNode or PhraseNode or PrefixNode when !negated:
                into.Add(node);
                break;
            case AndNode and:
                Collect(and.Left, negated, into);
                Collect(and.Right, negated, into);
                break;
            case OrNode or:
                Collect(or.Left, negated, into);
                Collect(or.Right, negated, into);
                break;
            case NotNode not:
                Collect(not.Operand, !negated, into);
                break;
        }
    }
}
