using System.Text.Json;
using Sermo.Forum.Engine;

namespace Sermo.Forum.Seeding;

/// <summary>Reads the sample forum (members.jsonl, threads.jsonl, posts.jsonl) into a snapshot to import.</summary>
public static class SampleForumReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ForumSnapshot> ReadAsync(string forumDirectory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(forumDirectory))
        {
            throw new DirectoryNotFoundException($"Sample forum folder not found: {forumDirectory}");
        }

        var members = await ReadLinesAsync<MemberLine>(Path.Combine(forumDirectory, "members.jsonl"), cancellationToken);
        var threads = await ReadLinesAsync<ThreadLine>(Path.Combine(forumDirectory, "threads.jsonl"), cancellationToken);
        var posts = await ReadLinesAsync<PostLine>(Path.Combine(forumDirectory, "posts.jsonl"), cancellationToken);

        return new ForumSnapshot(
            members.Select(m => new Member(m.Id, m.Handle, m.Pseudonym, m.Specialty, m.State, m.Verified, m.OptedOut, DateOnly.Parse(m.JoinedAt, System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            threads.Select(t => new ForumThread(t.Id, t.Title, t.Specialty, t.AuthorId, t.CreatedAt)).ToList(),
            posts.Select(p => new ForumPost(p.Id, p.ThreadId, p.ParentId, p.AuthorId, p.CreatedAt, p.Body, p.Deleted)).ToList());
    }

    private static async Task<List<T>> ReadLinesAsync<T>(string path, CancellationToken ct)
    {
        var items = new List<T>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                items.Add(JsonSerializer.Deserialize<T>(line, Json) ?? throw new JsonException("null record"));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }

        return items;
    }

    private sealed record MemberLine(string Id, string Handle, string Pseudonym, string Specialty, string? State, bool Verified, bool OptedOut, string JoinedAt);

    private sealed record ThreadLine(string Id, string Title, string? Specialty, string AuthorId, DateTimeOffset CreatedAt);

    private sealed record PostLine(string Id, string ThreadId, string? ParentId, string AuthorId, DateTimeOffset CreatedAt, bool Deleted, string Body);
}
