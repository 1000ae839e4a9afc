namespace Sermo.Forum.Conversation;

public sealed record ThreadSummary(
    string ThreadId, string Title, string Category, string AuthorName, DateTimeOffset CreatedAt, int Replies,
    DateTimeOffset LastActivity, bool Answered, bool HasPoll);

public enum PostState
{
    Visible,
    Deleted,
    Hidden,
}

public sealed record PostView(
    string PostId, string AuthorName, bool IsOwn, bool IsOpening, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt,
    PostState State, string Body, int Score, int ViewerVote, bool IsAccepted);

public sealed record ThreadPage(
    string ThreadId, string Title, string Category, bool ViewerIsAsker, string? AcceptedPostId,
    IReadOnlyList<PostView> Posts, Polls.PollView? Poll);

public sealed record SearchHit(string PostId, string ThreadId, string ThreadTitle, string AuthorName, DateTimeOffset CreatedAt, string Snippet);

/// <param name="Poll">Optional: a question and 2-10 options.</param>
public sealed record NewThread(string Category, string Title, string Body, NewPoll? Poll);

public sealed record NewPoll(string Question, IReadOnlyList<string> Options, DateTimeOffset? ClosesAt);

/// <summary>A member's write was refused: <see cref="Field"/> names the form field (or is empty), <see cref="Message"/> says why.</summary>
public sealed class ForumRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
