namespace Sermo.Analytics.Query;

/// <summary>A query that cannot be parsed: where (0-based character offset) and what was expected there.</summary>
public sealed class QuerySyntaxException(string message, int position, string expected)
    : FormatException($"{message} at position {position + 1}: expected {expected}.")
{
    public int Position { get; } = position;

    public string Expected { get; } = expected;
}

/// <summary>
/// A well-formed query refused because it would scan every post (a bare <c>*</c>, only negations, ...) or because it is
/// over a documented limit of <see cref="QueryParser"/>; <see cref="Position"/> (0-based) says where, when one place is to blame.
/// </summary>
public sealed class QueryRefusedException(string reason, int? position = null) : InvalidOperationException(reason)
{
    public string Reason { get; } = reason;

    public int? Position { get; } = position;
}
