using System.Globalization;
using System.Text.Json;
using Elastic.Clients.Elasticsearch;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// The <c>search_after</c> position (the last hit's sort values, each kept with its kind so a score stays a double
/// and a timestamp a long) and how many hits came before it, as an opaque string.
/// </summary>
public sealed record ElasticsearchCursor(IReadOnlyList<FieldValue> After, long Seen)
{
    public string Encode()
    {
        var values = After.Select(Tag).ToList();
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Stored(values, Seen)));
    }

    public static ElasticsearchCursor? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(Convert.FromBase64String(cursor))
                ?? throw new FormatException("The cursor is empty.");
            return new ElasticsearchCursor(stored.After.Select(Untag).ToList(), stored.Seen);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            throw new ArgumentException($"'{cursor}' is not a cursor this index returned.", nameof(cursor), ex);
        }
    }

    private static string Tag(FieldValue value)
    {
        if (value.TryGetLong(out var l))
        {
            return "l:" + l!.Value.ToString(CultureInfo.InvariantCulture);
        }

        if (value.TryGetDouble(out var d))
        {
            return "d:" + d!.Value.ToString("R", CultureInfo.InvariantCulture);
        }

        if (value.TryGetString(out var s))
        {
            return "s:" + s;
        }

        if (value.TryGetBool(out var b))
        {
            return b!.Value ? "b:true" : "b:false";
        }

        return "n:";
    }

    private static FieldValue Untag(string tagged) => tagged[..Math.Min(2, tagged.Length)] switch
    {
        "l:" => FieldValue.Long(long.Parse(tagged[2..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        "d:" => FieldValue.Double(double.Parse(tagged[2..], NumberStyles.Float, CultureInfo.InvariantCulture)),
        "s:" => FieldValue.String(tagged[2..]),
        "b:" => tagged[2..] == "true" ? FieldValue.True : FieldValue.False,
        "n:" => FieldValue.Null,
        _ => throw new FormatException($"Unknown sort value '{tagged}'."),
    };

    private sealed record Stored(IReadOnlyList<string> After, long Seen);
}
