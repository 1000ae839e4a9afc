using System.Globalization;
using Sermo.Analytics.Posts;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// What a post's stored row is written from beyond the post's own fields: its creation time (formatted as its two
/// texts at the bind), its entity and adverse-event JSON as UTF-8, its tag rows and the facet string made from them.
/// Derived on the writer by default (decision 075) or on the enrichment threads (<see cref="IngestBatch.WithPreparedRows"/>,
/// decision 067); the tag rows are derived once for both the facet string and <c>post_tags</c>.
/// </summary>
public sealed class PreparedPostRow
{
    private PreparedPostRow(TaggedPost post)
    {
        Post = post;
        CreatedAtUtc = post.CreatedAt.UtcDateTime;
        EntitiesJson = EntityJsonWriter.Entities(post.Entities);
        AdverseJson = EntityJsonWriter.AdverseEvents(post.AdverseEvents);
        TagRows = PostTagRows.For(post.Entities);
        FacetTagText = FacetTags.From(TagRows);
    }

    /// <summary>The post these values were derived from: the store uses them only for this very instance.</summary>
    public TaggedPost Post { get; }

    internal DateTime CreatedAtUtc { get; }

    /// <summary>The entity list's JSON as UTF-8, bound as it was written (decision 103).</summary>
    internal byte[] EntitiesJson { get; }

    /// <summary>The adverse-event pairs' JSON as UTF-8.</summary>
    internal byte[] AdverseJson { get; }

    internal List<PostTagRow> TagRows { get; }

    internal string FacetTagText { get; }

    public static PreparedPostRow For(TaggedPost post) => new(post);

    /// <summary><c>created_at</c> as stored (ISO 8601 to the second, UTC), written as UTF-8 into <paramref name="utf8"/>.</summary>
    internal int WriteCreatedAt(Span<byte> utf8) => Format(CreatedAtUtc, "yyyy-MM-dd'T'HH:mm:ss'Z'", utf8);

    /// <summary><c>day</c> as stored (the UTC date), written as UTF-8 into <paramref name="utf8"/>.</summary>
    internal int WriteDay(Span<byte> utf8) => Format(CreatedAtUtc, "yyyy-MM-dd", utf8);

    private static int Format(DateTime utc, string format, Span<byte> utf8) =>
        utc.TryFormat(utf8, out var written, format, CultureInfo.InvariantCulture)
            ? written
            : throw new ArgumentException($"A buffer of {utf8.Length} bytes is too small for a time formatted as {format}.", nameof(utf8));

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
