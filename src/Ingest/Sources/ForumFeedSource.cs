using System.Globalization;
using System.Runtime.CompilerServices;
using Sermo.Forum.Conversation;
using Sermo.Forum.Feed;

namespace Sermo.Ingest.Sources;

/// <summary>
/// Pulls the forum's change feed by cursor (the feed's sequence number), in-process or over HTTP. Published, edited and
/// restored posts are upserts (an edit replaces the stored text); deleted and hidden posts are removals.
/// </summary>
public sealed class ForumFeedSource(IForumChangeFeed feed) : IPostSource
{
    private const int PageSize = 500;

    public string Name => "forum";

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = checkpoint is null ? 0 : long.Parse(checkpoint, CultureInfo.InvariantCulture);
        while (true)
        {
            var page = await feed.ReadAsync(cursor, PageSize, cancellationToken);
            foreach (var change in page.Changes)
            {
                var position = $"seq {change.Sequence}";
                var at = change.Sequence.ToString(CultureInfo.InvariantCulture);
                yield return change.Kind switch
                {
                    ForumChangeKind.PostPublished or ForumChangeKind.PostEdited or ForumChangeKind.PostRestored =>
                        new IncomingPost(position, at, "forum:" + change.Post!.PostId, change.Post.AuthorToken,
                            change.Post.CreatedAt, change.Post.Specialty, change.Post.State, change.Post.Body, ForumPostIds.IsDrawn(change.Post.PostId)),
                    ForumChangeKind.PostDeleted or ForumChangeKind.PostHidden => new PostRemoval(position, at, "forum:" + change.PostId),
                    ForumChangeKind.AuthorOptedOut => new AuthorRemoval(position, at, change.AuthorToken!),
                    _ => throw new InvalidDataException($"Unknown forum change kind {change.Kind} at {position}."),
                };
            }

            if (page.NextCursor != cursor)
            {
                cursor = page.NextCursor;
                yield return new CursorAdvance($"seq {cursor}", cursor.ToString(CultureInfo.InvariantCulture));
            }

            if (!page.HasMore)
            {
                yield break;
            }
        }
    }

    public Task<IReadOnlyCollection<string>> GetKnownHandlesAsync(CancellationToken cancellationToken) =>
        feed.GetMemberHandlesAsync(cancellationToken);
}
