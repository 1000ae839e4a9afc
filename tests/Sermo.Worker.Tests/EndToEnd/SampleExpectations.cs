using System.Text.Json;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>What the sample files say should happen, read independently of the pipeline's own readers.</summary>
internal static class SampleExpectations
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<JsonElement> Members => Lines("forum/members.jsonl");

    public static IReadOnlyList<JsonElement> ForumPosts => Lines("forum/posts.jsonl");

    public static IReadOnlyList<(string Type, string Value)> PlantedIdentifiers =>
        Lines("forum/planted-identifiers.jsonl").Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("value").GetString()!)).ToList();

    public static HashSet<string> OptedOutMembers =>
        Members.Where(m => m.GetProperty("optedOut").GetBoolean()).Select(m => m.GetProperty("id").GetString()!).ToHashSet();

    /// <summary>Forum posts that analytics may hold: verified, not opted out, not deleted.</summary>
    public static HashSet<string> EligibleForumPostIds
    {
        get
        {
            var eligibleAuthors = Members
                .Where(m => m.GetProperty("verified").GetBoolean() && !m.GetProperty("optedOut").GetBoolean())
                .Select(m => m.GetProperty("id").GetString()!)
                .ToHashSet();
            return ForumPosts
                .Where(p => !p.GetProperty("deleted").GetBoolean() && eligibleAuthors.Contains(p.GetProperty("authorId").GetString()!))
                .Select(p => "forum:" + p.GetProperty("id").GetString())
                .ToHashSet();
        }
    }

    /// <summary>The posts of the demo's planted emerging topic (samples/drop/emerging-topic.jsonl), all good.</summary>
    public static int EmergingTopicPosts => File.ReadLines(Path.Combine(RepositoryPaths.Samples, "drop", "emerging-topic.jsonl")).Count();

    public static DropExpectation Drop =>
        JsonSerializer.Deserialize<DropExpectation>(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "drop", "expected.json")), Json)!;

    private static List<JsonElement> Lines(string relative) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Samples, relative))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
}

internal sealed record DropExpectation(int GoodLines, List<BadLine> BadLines);

internal sealed record BadLine(int Line, string Reason);
