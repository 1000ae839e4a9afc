namespace Sermo.Forum.Members;

/// <summary>Where an account stands with the admins.</summary>
public static class ReviewStates
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}

public static class ForumRoles
{
    public const string Admin = "admin";
    public const string Moderator = "moderator";

    public static bool IsKnown(string role) => role is Admin or Moderator;
}

public sealed record RegistrationForm(string Npi, string Specialty, string State, string Email, string Password, string Pseudonym);

/// <param name="Errors">Field name → what is wrong; empty when registered.</param>
public sealed record RegistrationResult(string? MemberId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => MemberId is not null;
}

/// <summary>A registered member as the pages see them (sample members without an account have no review state).</summary>
public sealed record ForumMember(
    string MemberId,
    string Pseudonym,
    string Specialty,
    string? State,
    bool Verified,
    bool OptedOut,
    string? Review,
    IReadOnlyList<string> Roles,
    string? SecurityStamp)
{
    public bool IsAdmin => Roles.Contains(ForumRoles.Admin);

    public bool IsModerator => Roles.Contains(ForumRoles.Moderator) || IsAdmin;
}

public sealed record PendingMember(string MemberId, string Pseudonym, string Email, string Npi, string Specialty, string? State, DateTimeOffset RegisteredAt);

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

public sealed record SignInResult(SignInOutcome Outcome, string? MemberId, string? SecurityStamp, DateTimeOffset? LockedUntil);
