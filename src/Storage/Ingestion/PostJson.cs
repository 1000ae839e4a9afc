using System.Text.Json;
using System.Text.Json.Serialization;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Ingestion;

/// <summary>How tagged entities are stored in a post row; shared by every backend that stores JSON.</summary>
public static class PostJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// A post's entity or adverse-event list: an empty one is "[]" without the serializer, which is what it writes for
    /// it. In the ingest benchmark's drop three posts in five carry no adverse event, and the ingest store's single writer serializes on the commit's
    /// critical path (docs/ingest-speed.md).
    /// </summary>
    public static string SerializeList<T>(IReadOnlyList<T> items) => items.Count == 0 ? "[]" : Serialize(items);

    public static IReadOnlyList<TaggedEntity> Entities(string json) =>
        JsonSerializer.Deserialize<List<TaggedEntity>>(json, Options) ?? [];

    /// <summary>Most posts carry no adverse event, so the stored empty list skips the deserializer (cube rollup reads every post).</summary>
    public static IReadOnlyList<AdverseEventPair> AdverseEvents(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize<List<AdverseEventPair>>(json, Options) ?? [];
}
