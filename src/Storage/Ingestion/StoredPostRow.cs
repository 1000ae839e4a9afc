using System.Data.Common;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Ingestion;

/// <summary>A <c>posts</c> row read back as the <see cref="TaggedPost"/> it was stored from.</summary>
internal static class StoredPostRow
{
    /// <summary>The columns <see cref="Read"/> expects, in order; prefix-free so callers can add their own WHERE.</summary>
    public const string Columns =
        "post_id, source, author_key, created_at, specialty, state, text, redactions, sentiment, sentiment_score, entities_json, adverse_json";

    public static TaggedPost Read(DbDataReader reader, StoreDatabase database) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2),
        database.ReadTime(reader, 3),
        reader.StringOrNull(4),
        reader.StringOrNull(5),
        reader.GetString(6), reader.GetInt32(7),
        PostJson.Entities(reader.GetString(10)),
        PostJson.AdverseEvents(reader.GetString(11)),
        (Sentiment)reader.GetInt32(8), reader.GetDouble(9));
}
