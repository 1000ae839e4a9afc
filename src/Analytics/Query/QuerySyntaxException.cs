namespace Sermo.Analytics.Query;

/// <summary>A query that cannot be parsed: where (0-based character offset) and what was expected there.</summary>
public sealed class QuerySyntaxException(string message, int position, string expected)
    : FormatException($"{message} at position {position + 1}: expected {expected}.")
{
    public int Position { get; } = position;

    public string Expected { get; } = expected;
}

/// <summary>A well-formed query refused because it would scan every post (a bare <c>*</c>, only negations, ...).</summary>
public sealed class QueryRefusedException(string reason) : InvalidOperationException(reason)
{
    public string Reason { get; } = reason;
}
