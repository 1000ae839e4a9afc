namespace Sermo.Forum.Engine;

public sealed record Member(
    string MemberId,
    string Handle,
    string Pseudonym,
    string Specialty,
    string? State,
    bool Verified,
    bool OptedOut,
    DateOnly JoinedAt);

/// <param name="Category">One of <see cref="Conversation.ForumCategories"/>; the sample forum's threads are cases.</param>
public sealed record ForumThread(string ThreadId, string Title, string? Specialty, string MemberId, DateTimeOffset CreatedAt, string Category = "cases");

public sealed record ForumPost(
    string PostId,
    string ThreadId,
    string? ParentId,
    string MemberId,
    DateTimeOffset CreatedAt,
    string Body,
    bool Deleted = false);

/// <summary>A whole forum to import at once (the sample data set, or a migration from another engine).</summary>
public sealed record ForumSnapshot(
    IReadOnlyList<Member> Members,
    IReadOnlyList<ForumThread> Threads,
    IReadOnlyList<ForumPost> Posts);

public sealed record ImportCounts(int Members, int Threads, int Posts, int Changes);
