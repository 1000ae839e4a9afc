using System.Text;
using Sermo.Analytics.Query;

namespace Sermo.TestSupport;

/// <summary>
/// Queries at the parser's documented limits (<see cref="QueryParser.MaxClauses"/>, <see cref="QueryParser.MaxDepth"/>),
/// shaped the way that costs a backend most: long chains of one operator, and parentheses and NOTs nested as deep as
/// allowed with the operator changing at every level. Each one matches exactly what <paramref name="word"/> matches, so a
/// backend that answers it can be checked for the right total too.
/// </summary>
public static class HostileQueries
{
    /// <summary>Every shape at the limits, named for test output.</summary>
    public static IEnumerable<(string Name, string Query)> AtTheLimits(string word) =>
    [
        ("or-chain", OrChain(word, QueryParser.MaxClauses)),
        ("not-chain", NotChain(word, QueryParser.MaxClauses)),
        ("and-not-chain", AndNotChain(word, QueryParser.MaxClauses)),
        ("or-chain-of-filters", FilterOrChain(word, QueryParser.MaxClauses)),
        ("alternating-parentheses", AlternatingParentheses(word, QueryParser.MaxDepth)),
        ("nested-nots", NestedNots(word, QueryParser.MaxDepth)),
        ("nested-nots-with-filters", NestedNotsWithFilters(word, QueryParser.MaxDepth)),
    ];

    /// <summary><c>word OR zz1 OR … OR zzN-1</c>.</summary>
    public static string OrChain(string word, int clauses) =>
        string.Join(" OR ", Enumerable.Range(0, clauses).Select(i => i == 0 ? word : Absent(i)));

    /// <summary><c>word NOT zz1 NOT zz2 …</c> (implicit AND of negations).</summary>
    public static string NotChain(string word, int clauses) =>
        word + string.Concat(Enumerable.Range(1, clauses - 1).Select(i => " NOT " + Absent(i)));

    /// <summary><c>word AND NOT zz1 AND NOT zz2 …</c>.</summary>
    public static string AndNotChain(string word, int clauses) =>
        word + string.Concat(Enumerable.Range(1, clauses - 1).Select(i => " AND NOT " + Absent(i)));

    /// <summary><c>word OR state:Z1 OR …</c>: a chain the SQL side of a backend has to carry, not its text index.</summary>
    public static string FilterOrChain(string word, int clauses) =>
        string.Join(" OR ", Enumerable.Range(0, clauses).Select(i => i == 0 ? word : $"brand:{Absent(i)}"));

    /// <summary><c>word OR (zz1 AND (word OR (zz2 AND (…))))</c>, <paramref name="depth"/> parentheses deep.</summary>
    public static string AlternatingParentheses(string word, int depth)
    {
        var query = new StringBuilder();
        for (var level = 0; level < depth; level++)
        {
            query.Append(level % 2 == 0 ? $"{word} OR (" : $"{Absent(level)} AND (");
        }

        return query.Append(word).Append(')', depth).ToString();
    }

    /// <summary><c>word AND NOT (zz1 AND NOT (zz2 …))</c>: NOTs and parentheses alternating, <paramref name="depth"/> levels.</summary>
    public static string NestedNots(string word, int depth)
    {
        var query = new StringBuilder(word).Append(' ');
        var parentheses = 0;
        for (var level = 0; level < depth; level++)
        {
            if (level % 2 == 0)
            {
                query.Append("AND NOT ");
            }
            else
            {
                query.Append('(').Append(Absent(level)).Append(' ');
                parentheses++;
            }
        }

        return query.Append(Absent(depth)).Append(')', parentheses).ToString();
    }

    /// <summary>As <see cref="NestedNots"/> with tag filters beside each level, so no level can be one text expression.</summary>
    public static string NestedNotsWithFilters(string word, int depth)
    {
        var query = new StringBuilder(word).Append(' ');
        var parentheses = 0;
        for (var level = 0; level < depth; level++)
        {
            if (level % 2 == 0)
            {
                query.Append("AND NOT ");
            }
            else
            {
                query.Append('(').Append($"brand:{Absent(level)} OR {Absent(level)} ");
                parentheses++;
            }
        }

        return query.Append(Absent(depth)).Append(')', parentheses).ToString();
    }

    /// <summary>A word no post contains.</summary>
    public static string Absent(int i) => "zzq" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
