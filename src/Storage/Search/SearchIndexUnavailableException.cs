namespace Sermo.Storage.Search;

/// <summary>
/// An external search index cannot be used: unreachable, credentials refused, too old, not the expected product, or
/// no index behind its alias. The message is one line meant for the operator (the CLI prints it and exits 2); the
/// search backlog keeps whatever was not pushed, so nothing is lost.
/// </summary>
public sealed class SearchIndexUnavailableException : Exception
{
    public SearchIndexUnavailableException(string message)
        : base(message)
    {
    }

    public SearchIndexUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
