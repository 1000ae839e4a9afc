namespace Sermo.Forum.Feed;

public enum ForumChangeKind
{
    PostPublished,
    PostDeleted,
    AuthorOptedOut,

    /// <summary>The author changed the post's text (or its thread's title): consumers replace what they hold.</summary>
    PostEdited,

    /// <summary>A moderator hid the post: consumers drop it, as for a deletion.</summary>
    PostHidden,

    /// <summary>A moderator un-hid the post: consumers take it again, as for a publication.</summary>
    PostRestored,
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

/// <param name="Post">Set for the kinds that carry a post's current text: published, edited, restored.</param>
/// <param name="AuthorToken">The author's token; the only author identity in the feed.</param>
public sealed record ForumChange(long Sequence, ForumChangeKind Kind, string? PostId, string? AuthorToken, FeedPost? Post);

/// <param name="NextCursor">Pass back to read on; it moves past changes the feed chose not to emit too.</param>
public sealed record ForumChangePage(IReadOnlyList<ForumChange> Changes, long NextCursor, bool HasMore);
