namespace Sermo.Forum.Feed;

/// <summary>The forum's change feed as its consumers see it: read in-process, or over HTTP from a forum deployed apart.</summary>
public interface IForumChangeFeed
{
    Task<ForumChangePage> ReadAsync(long afterCursor, int maxChanges, CancellationToken cancellationToken);

    /// <summary>
    /// Handles and pseudonyms (current and former) of every member, so the anonymizer can remove @mentions and
    /// name-drops. They are used for scrubbing only and never stored by the pipeline.
    /// </summary>
    Task<IReadOnlyCollection<string>> GetMemberHandlesAsync(CancellationToken cancellationToken);
}
