namespace Sermo.Forum.Conversation;

/// <summary>The forum's categories: a slug for URLs and storage, and the name members read.</summary>
public static class ForumCategories
{
    public static IReadOnlyList<(string Slug, string Name)> All { get; } =
    [
        ("cases", "Cases"),
        ("drugs-and-devices", "Drugs and devices"),
        ("practice-and-policy", "Practice and policy"),
        ("careers", "Careers"),
        ("off-topic", "Off-topic"),
    ];

    public static bool Contains(string? slug) => slug is not null && All.Any(c => c.Slug == slug);

    public static string NameOf(string slug) => All.FirstOrDefault(c => c.Slug == slug).Name ?? slug;
}
