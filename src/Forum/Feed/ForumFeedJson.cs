using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Forum.Feed;

/// <summary>The feed's wire format over HTTP: web JSON with kinds as camel-case strings. Server and client share it.</summary>
public static class ForumFeedJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
