using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Sermo.Forum.Engine;

namespace Sermo.Forum.Feed;

/// <summary>
/// Reads <c>forum_changes</c> after a cursor. Posts of unverified or opted-out members and posts deleted since
/// they were published are not emitted; their cursor positions are still consumed.
/// </summary>
public sealed class ForumChangeFeed(ForumDatabase database)
{
    private byte[]? _authorSecret;

    public async Task<ForumChangePage> ReadAsync(long afterCursor, int maxChanges, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterCursor);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChanges, 1);

        await using var connection = await database.OpenAsync(cancellationToken);
        var secret = await GetAuthorSecretAsync(connection, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.seq, c.kind, c.post_id, COALESCE(c.member_id, p.member_id),
                   p.thread_id, t.title, p.created_at, p.body, p.deleted,
                   m.specialty, m.state, m.verified, m.opted_out
            FROM forum_changes c
            LEFT JOIN forum_posts p ON p.post_id = c.post_id
            LEFT JOIN forum_threads t ON t.thread_id = p.thread_id
            LEFT JOIN forum_members m ON m.member_id = COALESCE(c.member_id, p.member_id)
            WHERE c.seq > $after
            ORDER BY c.seq
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", afterCursor);
        command.Parameters.AddWithValue("$limit", maxChanges + 1);

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
            var kind = reader.GetString(1);
            var memberId = reader.IsDBNull(3) ? null : reader.GetString(3);
            if (memberId is null)
            {
                continue;
            }

            var token = AuthorToken(secret, memberId);
            switch (kind)
            {
                case ChangeKinds.PostPublished:
                    var hidden = reader.IsDBNull(4) || reader.GetInt64(8) != 0 || reader.GetInt64(11) == 0 || reader.GetInt64(12) != 0;
                    if (!hidden)
                    {
                        var post = new FeedPost(
                            PostId: reader.GetString(2),
                            ThreadId: reader.GetString(4),
                            ThreadTitle: reader.GetString(5),
                            AuthorToken: token,
                            Specialty: reader.GetString(9),
                            State: reader.IsDBNull(10) ? null : reader.GetString(10),
                            CreatedAt: DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                            Body: reader.GetString(7));
                        changes.Add(new ForumChange(cursor, ForumChangeKind.PostPublished, post.PostId, token, post));
                    }

                    break;
                case ChangeKinds.PostDeleted:
                    changes.Add(new ForumChange(cursor, ForumChangeKind.PostDeleted, reader.GetString(2), token, null));
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

    /// <summary>
    /// Handles and pseudonyms of every member, so the anonymizer can remove @mentions and name-drops.
    /// They are used for scrubbing only and never stored by the pipeline.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> GetMemberHandlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT handle FROM forum_members UNION SELECT pseudonym FROM forum_members";
        var handles = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            handles.Add(reader.GetString(0));
        }

        return handles;
    }

    private static string AuthorToken(byte[] secret, string memberId)
    {
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(memberId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    // The secret lives with the forum so tokens are stable across runs; losing it only re-keys authors.
    private async Task<byte[]> GetAuthorSecretAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (_authorSecret is { } cached)
        {
            return cached;
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT OR IGNORE INTO forum_settings (name, value) VALUES ('feed-author-secret', $value)";
            insert.Parameters.AddWithValue("$value", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            await insert.ExecuteNonQueryAsync(ct);
        }

        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT value FROM forum_settings WHERE name = 'feed-author-secret'";
        var value = (string)(await select.ExecuteScalarAsync(ct))!;
        return _authorSecret = Convert.FromBase64String(value);
    }
}
