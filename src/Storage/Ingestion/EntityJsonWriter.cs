using System.Buffers;
using System.Text.Json;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// Writes a post's entity and adverse-event lists as exactly the JSON <see cref="PostJson.Serialize{T}"/> writes for
/// them (same properties in the same order, defaults left out, kebab-case enum names, the same escaping), straight to
/// a reused buffer. The ingest store's single writer derives this for every post, and the reflection serializer was
/// about a third of its managed time (decision 095). Other readers and writers of the JSON keep using
/// <see cref="PostJson"/>; EntityJsonWriterTests hold the two to the same bytes.
/// </summary>
internal static class EntityJsonWriter
{
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Surface = JsonEncodedText.Encode("surface");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText CanonicalId = JsonEncodedText.Encode("canonicalId");
    private static readonly JsonEncodedText CanonicalName = JsonEncodedText.Encode("canonicalName");
    private static readonly JsonEncodedText Negated = JsonEncodedText.Encode("negated");
    private static readonly JsonEncodedText Uncertain = JsonEncodedText.Encode("uncertain");
    private static readonly JsonEncodedText SentimentName = JsonEncodedText.Encode("sentiment");
    private static readonly JsonEncodedText FamilyHistory = JsonEncodedText.Encode("familyHistory");
    private static readonly JsonEncodedText Hypothetical = JsonEncodedText.Encode("hypothetical");
    private static readonly JsonEncodedText AspectName = JsonEncodedText.Encode("aspect");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Polarity = JsonEncodedText.Encode("polarity");
    private static readonly JsonEncodedText Drug = JsonEncodedText.Encode("drug");
    private static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");

    private static readonly Dictionary<EntityType, JsonEncodedText> EntityTypes = EnumNames<EntityType>();
    private static readonly Dictionary<Sentiment, JsonEncodedText> Sentiments = EnumNames<Sentiment>();
    private static readonly Dictionary<Aspect, JsonEncodedText> Aspects = EnumNames<Aspect>();

    // Shared by every post without entities or adverse events; nobody writes to it.
    private static readonly byte[] EmptyList = "[]"u8.ToArray();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    public static byte[] Entities(IReadOnlyList<TaggedEntity> entities)
    {
        if (entities.Count == 0)
        {
            return EmptyList;
        }

        var json = Begin();
        json.WriteStartArray();
        foreach (var entity in entities)
        {
            WriteEntity(json, entity);
        }

        return Finish(json);
    }

    public static byte[] AdverseEvents(IReadOnlyList<AdverseEventPair> pairs)
    {
        if (pairs.Count == 0)
        {
            return EmptyList;
        }

        var json = Begin();
        json.WriteStartArray();
        foreach (var pair in pairs)
        {
            if (pair is null)
            {
                json.WriteNullValue();
                continue;
            }

            json.WriteStartObject();
            if (pair.Drug is not null)
            {
                json.WritePropertyName(Drug);
                WriteEntity(json, pair.Drug);
            }

            if (pair.Event is not null)
            {
                json.WritePropertyName(Event);
                WriteEntity(json, pair.Event);
            }

            json.WriteEndObject();
        }

        return Finish(json);
    }

    private static Utf8JsonWriter Begin()
    {
        var buffer = _threadBuffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        if (_threadWriter is { } writer)
        {
            writer.Reset(buffer);
            return writer;
        }

        // The serializer's own writer settings for PostJson.Options: its encoder (the default one when null), no indenting.
        return _threadWriter = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PostJson.Options.Encoder, SkipValidation = true });
    }

    // UTF-8 as written: the store binds these bytes as they are (a string would be decoded here and encoded again there).
    private static byte[] Finish(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.Flush();
        return _threadBuffer!.WrittenSpan.ToArray();
    }

    // The record's properties in declaration order, each left out when it holds its type's default (WhenWritingDefault).
    private static void WriteEntity(Utf8JsonWriter json, TaggedEntity entity)
    {
        json.WriteStartObject();
        WriteEnum(json, Type, entity.Type, EntityTypes);
        WriteString(json, Surface, entity.Surface);
        WriteNumber(json, Start, entity.Start);
        WriteNumber(json, End, entity.End);
        WriteString(json, CanonicalId, entity.CanonicalId);
        WriteString(json, CanonicalName, entity.CanonicalName);
        WriteTrue(json, Negated, entity.Negated);
        WriteTrue(json, Uncertain, entity.Uncertain);
        WriteEnum(json, SentimentName, entity.Sentiment, Sentiments);
        WriteTrue(json, FamilyHistory, entity.FamilyHistory);
        WriteTrue(json, Hypothetical, entity.Hypothetical);
        if (entity.Aspect is { } aspect)
        {
            json.WritePropertyName(AspectName);
            json.WriteStartObject();
            WriteEnum(json, Name, aspect.Name, Aspects);
            WriteEnum(json, Polarity, aspect.Polarity, Sentiments);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, JsonEncodedText name, int value)
    {
        if (value != 0)
        {
            json.WriteNumber(name, value);
        }
    }

    private static void WriteTrue(Utf8JsonWriter json, JsonEncodedText name, bool value)
    {
        if (value)
        {
            json.WriteBoolean(name, true);
        }
    }

    // The string-enum converter writes a defined value's kebab-case name and any other value as its number.
    private static void WriteEnum<T>(Utf8JsonWriter json, JsonEncodedText name, T value, Dictionary<T, JsonEncodedText> names)
        where T : struct, Enum
    {
        if (EqualityComparer<T>.Default.Equals(value, default))
        {
            return;
        }

        if (names.TryGetValue(value, out var text))
        {
            json.WriteString(name, text);
        }
        else
        {
            json.WriteNumber(name, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static Dictionary<T, JsonEncodedText> EnumNames<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), PostJson.Options.Encoder));
}
