using System.ComponentModel.DataAnnotations;

namespace Sermo.Forum.Web.Hosting;

public sealed class ForumWebOptions
{
    public const string SectionName = "Forum:Web";

    /// <summary>
    /// Folder for the data-protection keys that sign sign-in cookies and antiforgery tokens, so they survive a restart
    /// (the Worker puts it in the data folder). Unset: ASP.NET Core's default key location.
    /// </summary>
    public string? KeysFolder { get; set; }

    /// <summary>New threads, replies and edits a member may post per minute.</summary>
    [Range(1, 1000)]
    public int PostsPerMinute { get; set; } = 10;

    /// <summary>Other form posts (votes, reports, settings) a member may make per minute.</summary>
    [Range(1, 10_000)]
    public int ActionsPerMinute { get; set; } = 60;

    /// <summary>Sign-in and registration attempts per minute from one address.</summary>
    [Range(1, 1000)]
    public int SignInsPerMinute { get; set; } = 10;
}
