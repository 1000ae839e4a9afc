namespace Sermo.Forum.Members;

/// <summary>Everything the forum holds about one member, as the "download my data" JSON.</summary>
public sealed record MemberExport(
    DateTimeOffset ExportedAt,
    MemberExport.Profile Account,
    IReadOnlyList<string> FormerPseudonyms,
    IReadOnlyList<MemberExport.Thread> Threads,
    IReadOnlyList<MemberExport.Post> Posts,
    IReadOnlyList<MemberExport.Vote> Votes,
    IReadOnlyList<MemberExport.PollVote> PollVotes,
    IReadOnlyList<MemberExport.Report> Reports)
{
    public sealed record Profile(string MemberId, string Pseudonym, string Email, string Npi, string Specialty, string? State,
        string Review, IReadOnlyList<string> Roles, bool OptedOutOfAnalytics, string JoinedAt);

    public sealed record Thread(string ThreadId, string Title, string Category, DateTimeOffset CreatedAt);

    public sealed record Post(string PostId, string ThreadId, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, bool Deleted, bool Hidden, string Body);

    public sealed record Vote(string PostId, int Value);

    public sealed record PollVote(string ThreadId, string Option);

    public sealed record Report(string PostId, string Reason, DateTimeOffset CreatedAt);
}
