using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Sermo.Forum.Engine;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Feed;

/// <summary>
/// Reads <c>forum_changes</c> after a cursor. A change that carries a post is emitted with the post as it is now, and
/// only while the post is visible (not deleted or hidden) and its author verified, opted in and not deleted; its
/// cursor position is consumed either way. Removals are always emitted.
/// </summary>
public sealed class ForumChangeFeed(ForumDatabase database) : IForumChangeFeed
{
    private byte[]? _authorSecret;

    public async Task<ForumChangePage> ReadAsync(long afterCursor, int maxChanges, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterCursor);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChanges, 1);

        await using var connection = await database.OpenAsync(cancellationToken);
        var secret = await GetAuthorSecretAsync(connection, cancellationToken);
        await using var command = connection.Command(null, """
            SELECT c.seq, c.kind, c.post_id, COALESCE(c.member_id, p.member_id),
                   p.thread_id, t.title, p.created_at, p.body,
                   CASE WHEN p.post_id IS NULL OR p.deleted OR p.hidden OR NOT m.verified OR m.opted_out OR m.deleted_at IS NOT NULL
                        THEN 1 ELSE 0 END,
                   m.specialty, m.state
            FROM forum_changes c
            LEFT JOIN forum_posts p ON p.post_id = c.post_id
            LEFT JOIN forum_threads t ON t.thread_id = p.thread_id
            LEFT JOIN forum_members m ON m.member_id = COALESCE(c.member_id, p.member_id)
            WHERE c.seq > @after
            ORDER BY c.seq
            LIMIT @limit
            """, [("@after", afterCursor), ("@limit", maxChanges + 1)]);

        var changes = new List<ForumChange>();
        var cursor = afterCursor;
        var read = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (++read > maxChanges)
            {
                return new ForumChangePage(changes, cursor, HasMore: true);
            }

            cursor = reader.GetInt64(0);
            var memberId = reader.StringOrNull(3);
            if (memberId is null)
            {
                continue;
            }

            var token = AuthorToken(secret, memberId);
            var kind = reader.GetString(1);
            switch (kind)
            {
                case ChangeKinds.PostPublished or ChangeKinds.PostEdited or ChangeKinds.PostRestored:
                    if (Convert.ToInt64(reader.GetValue(8), System.Globalization.CultureInfo.InvariantCulture) == 0)
                    {
                        var post = new FeedPost(
                            PostId: reader.GetString(2),
                            ThreadId: reader.GetString(4),
                            ThreadTitle: reader.GetString(5),
                            AuthorToken: token,
                            Specialty: reader.GetString(9),
                            State: reader.StringOrNull(10),
                            CreatedAt: database.ReadTime(reader, 6),
                            Body: reader.GetString(7));
                        changes.Add(new ForumChange(cursor, FeedKind(kind), post.PostId, token, post));
                    }

                    break;
                case ChangeKinds.PostDeleted:
                    changes.Add(new ForumChange(cursor, ForumChangeKind.PostDeleted, reader.GetString(2), token, null));
                    break;
                case ChangeKinds.PostHidden:
                    changes.Add(new ForumChange(cursor, ForumChangeKind.PostHidden, reader.GetString(2), token, null));
                    break;
                case ChangeKinds.MemberOptedOut:
                    changes.Add(new ForumChange(cursor, ForumChangeKind.AuthorOptedOut, null, token, null));
                    break;
                default:
                    throw new InvalidDataException($"forum_changes seq {cursor} has unknown kind '{kind}'.");
            }
        }

        return new ForumChangePage(changes, cursor, HasMore: false);
    }

    public async Task<IReadOnlyCollection<string>> GetMemberHandlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // forum_pseudonyms keeps every name a member ever had, so a mention of a former pseudonym is still removed.
        return await connection.QueryAsync(null, """
            SELECT handle FROM forum_members UNION SELECT pseudonym FROM forum_members UNION SELECT name FROM forum_pseudonyms
            """, r => r.GetString(0), cancellationToken);
    }

    private static ForumChangeKind FeedKind(string kind) => kind switch
    {
        ChangeKinds.PostEdited => ForumChangeKind.PostEdited,
        ChangeKinds.PostRestored => ForumChangeKind.PostRestored,
        _ => ForumChangeKind.PostPublished,
    };

    private static string AuthorToken(byte[] secret, string memberId)
    {
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(memberId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    // The secret lives with the forum so tokens are stable across runs; losing it only re-keys authors.
    private async Task<byte[]> GetAuthorSecretAsync(DbConnection connection, CancellationToken ct)
    {
        if (_authorSecret is { } cached)
        {
            return cached;
        }

        await connection.ExecuteAsync(null, "INSERT INTO forum_settings (name, value) VALUES ('feed-author-secret', @value) ON CONFLICT (name) DO NOTHING", ct,
            ("@value", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        var value = (string)(await connection.ScalarAsync(null, "SELECT value FROM forum_settings WHERE name = 'feed-author-secret'", ct))!;
        return _authorSecret = Convert.FromBase64String(value);
    }
}
