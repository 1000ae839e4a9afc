namespace Sermo.Forum.Web.Feed;

public sealed class FeedEndpointOptions
{
    public const string SectionName = "Forum:Feed";

    /// <summary>Service token for <c>GET /api/forum/feed</c>; unset, the endpoint answers 404.</summary>
    public string? Token { get; set; }
}
