namespace Sermo.Forum.Engine;

/// <summary>The <c>forum_changes.kind</c> values; the feed maps each to a <see cref="Feed.ForumChangeKind"/>.</summary>
internal static class ChangeKinds
{
    public const string PostPublished = "post-published";
    public const string PostEdited = "post-edited";
    public const string PostDeleted = "post-deleted";
    public const string PostHidden = "post-hidden";
    public const string PostRestored = "post-restored";
    public const string MemberOptedOut = "member-opted-out";
}
