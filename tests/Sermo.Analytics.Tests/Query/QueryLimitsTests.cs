using Sermo.Analytics.Query;

namespace Sermo.Analytics.Tests.Query;

/// <summary>The documented limits: at the limit a query parses; one past it is refused with the position to blame.</summary>
public sealed class QueryLimitsTests
{
    [Fact]
    public void Parse_MaxClauses_ParsesAndOneMoreIsRefusedAtThatClause()
    {
        var atLimit = string.Join(" OR ", Enumerable.Range(0, QueryParser.MaxClauses).Select(i => "w" + i));
        QueryParser.Parse(atLimit).Should().BeOfType<OrNode>();

        var over = atLimit + " OR extra";
        var refused = FluentActions.Invoking(() => QueryParser.Parse(over)).Should().Throw<QueryRefusedException>().Which;
        refused.Position.Should().Be(over.IndexOf("extra", StringComparison.Ordinal));
        refused.Reason.Should().Contain($"{QueryParser.MaxClauses} clauses").And.Contain($"position {refused.Position + 1}");
    }

    [Fact]
    public void Parse_MaxDepthOfParentheses_ParsesAndOneMoreIsRefusedAtItsParenthesis()
    {
        QueryParser.Parse(Nested(QueryParser.MaxDepth)).Should().BeOfType<OrNode>();

        var over = Nested(QueryParser.MaxDepth + 1);
        var refused = FluentActions.Invoking(() => QueryParser.Parse(over)).Should().Throw<QueryRefusedException>().Which;
        refused.Position.Should().Be(over.LastIndexOf('('));
        refused.Reason.Should().Contain($"{QueryParser.MaxDepth} levels");
    }

    [Fact]
    public void Parse_NotCountsAsALevel_RefusedAtTheNot()
    {
        var over = Nested(QueryParser.MaxDepth).Replace("(x)", "(x NOT y)", StringComparison.Ordinal);
        var refused = FluentActions.Invoking(() => QueryParser.Parse(over)).Should().Throw<QueryRefusedException>().Which;
        refused.Position.Should().Be(over.IndexOf("NOT", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OverLong_RefusedAtTheLimit() =>
        FluentActions.Invoking(() => QueryParser.Parse(new string('a', QueryParser.MaxLength + 1)))
            .Should().Throw<QueryRefusedException>().Which.Position.Should().Be(QueryParser.MaxLength);

    /// <summary><c>a0 OR (a1 OR (… (x)))</c> with <paramref name="depth"/> parentheses.</summary>
    private static string Nested(int depth) =>
        string.Concat(Enumerable.Range(0, depth).Select(i => $"a{i} OR (")) + "x" + new string(')', depth);
}
