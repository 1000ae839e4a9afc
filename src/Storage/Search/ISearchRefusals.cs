namespace Sermo.Storage.Search;

/// <summary>One refused ad-hoc search: who, when, the query text and why.</summary>
public sealed record SearchRefusal(long Id, string AskedBy, DateTimeOffset AskedAt, string Query, string Reason);

/// <summary>The audit of searches the singling-out check refused (docs/privacy.md, P12), in the post store.</summary>
public interface ISearchRefusals
{
    Task RecordAsync(SearchAsker asker, DateTimeOffset askedAt, string reason, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<SearchRefusal>> ListAsync(int limit, CancellationToken cancellationToken);
}
