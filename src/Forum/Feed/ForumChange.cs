namespace Sermo.Forum.Feed;

public enum ForumChangeKind
{
    PostPublished,
    PostDeleted,
    AuthorOptedOut,
}

/// <summary>
/// A post as the forum hands it to analytics. The author is an opaque token (a keyed hash of the member id):
/// member ids, handles and pseudonyms never leave the forum through the feed.
/// </summary>
public sealed record FeedPost(
    string PostId,
    string ThreadId,
    string ThreadTitle,
    string AuthorToken,
    string Specialty,
    string? State,
    DateTimeOffset CreatedAt,
    string Body);

/// <param name="Post">Set for <see cref="ForumChangeKind.PostPublished"/>.</param>
/// <param name="AuthorToken">Set for <see cref="ForumChangeKind.AuthorOptedOut"/>.</param>
public sealed record ForumChange(long Sequence, ForumChangeKind Kind, string? PostId, string? AuthorToken, FeedPost? Post);

/// <param name="NextCursor">Pass back to read on; it moves past changes the feed chose not to emit too.</param>
public sealed record ForumChangePage(IReadOnlyList<ForumChange> Changes, long NextCursor, bool HasMore);
