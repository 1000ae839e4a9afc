using System.ComponentModel.DataAnnotations;

namespace Sermo.Forum;

public sealed class ForumOptions
{
    public const string SectionName = "Forum";

    /// <summary>SQLite connection string of the forum engine's database.</summary>
    [Required]
    public string ConnectionString { get; set; } = "";
}
