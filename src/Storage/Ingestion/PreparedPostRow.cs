using System.Globalization;
using Sermo.Analytics.Posts;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// What a post's stored row is written from beyond the post's own fields: its two times as text, its entity and
/// adverse-event JSON, its tag rows and the facet string made from them. Derived on the enrichment threads
/// (<see cref="IngestBatch.WithPreparedRows"/>), so the store's single writer, the serial stage, only binds them
/// (decision 067); the tag rows are derived once for both the facet string and <c>post_tags</c>.
/// </summary>
public sealed class PreparedPostRow
{
    private PreparedPostRow(TaggedPost post)
    {
        Post = post;
        var utc = post.CreatedAt.UtcDateTime;
        CreatedAt = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Day = utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        EntitiesJson = EntityJsonWriter.Entities(post.Entities);
        AdverseJson = EntityJsonWriter.AdverseEvents(post.AdverseEvents);
        TagRows = PostTagRows.For(post.Entities);
        FacetTagText = FacetTags.From(TagRows);
    }

    /// <summary>The post these values were derived from: the store uses them only for this very instance.</summary>
    public TaggedPost Post { get; }

    internal string CreatedAt { get; }

    internal string Day { get; }

    internal string EntitiesJson { get; }

    internal string AdverseJson { get; }

    internal List<PostTagRow> TagRows { get; }

    internal string FacetTagText { get; }

    public static PreparedPostRow For(TaggedPost post) => new(post);

    /// <summary>
    /// The rows for <paramref name="posts"/>, in order, taking each from <paramref name="prepared"/> (the batch's
    /// upserts prepared in order, possibly with some left out) when it was derived from that same post instance, and
    /// deriving it here otherwise: a batch built without them, or changed since, still stores what its posts say.
    /// </summary>
    internal static List<PreparedPostRow> Match(IReadOnlyList<TaggedPost> posts, IReadOnlyList<PreparedPostRow> prepared)
    {
        var rows = new List<PreparedPostRow>(posts.Count);
        var next = 0;
        foreach (var post in posts)
        {
            while (next < prepared.Count && !ReferenceEquals(prepared[next].Post, post))
            {
                next++;
            }

            rows.Add(next < prepared.Count ? prepared[next++] : For(post));
        }

        return rows;
    }
}
