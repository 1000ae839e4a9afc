using System.Text;
using System.Text.Json;

namespace Sermo.Ingest.Sources;

/// <summary>
/// One line of the drop format, <c>{"id","author","createdAt","specialty","state","text"}</c>, parsed and checked by
/// the rules every drop-format input shares: a dropped file and an HTTP push reject a line for the same reasons,
/// including the metadata rules of <see cref="PostMetadata"/> (specialty and state come back in their listed spelling).
/// </summary>
public sealed record DropLine(string? Id, string? Author, DateTimeOffset? CreatedAt, string? Specialty, string? State, string? Text)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };
    private static readonly string[] Fields = ["id", "author", "createdAt", "specialty", "state", "text"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Parses one line. A blank line yields neither a record nor a rejection. <paramref name="seenIds"/> holds the ids of
    /// earlier lines of the same input, so a repeated id is rejected rather than silently overwriting its twin.
    /// </summary>
    public static DropLineResult Parse(ReadOnlySpan<byte> bytes, SeenIds seenIds)
    {
        if (bytes.Trim(" \t\r"u8).IsEmpty)
        {
            return DropLineResult.Blank;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return DropLineResult.Rejected("invalid-utf8", $"invalid UTF-8 at byte {ex.Index} of the line");
        }

        DropLine? record;
        try
        {
            record = JsonSerializer.Deserialize<DropLine>(text, Json);
        }
        catch (JsonException ex)
        {
            return DropLineResult.Rejected("malformed-json", MalformedDetail(ex));
        }

        if (record is null)
        {
            return DropLineResult.Rejected("malformed-json", "not a JSON object");
        }

        if (string.IsNullOrWhiteSpace(record.Id))
        {
            return DropLineResult.Rejected("missing-id", "\"id\" is missing or empty");
        }

        if (!PostMetadata.IsValidId(record.Id))
        {
            var rejection = PostMetadata.IdRejection(record.Id);
            return DropLineResult.Rejected(rejection.Reason, rejection.Detail);
        }

        if (string.IsNullOrWhiteSpace(record.Author))
        {
            return DropLineResult.Rejected("missing-author", $"post '{record.Id}' has no \"author\"");
        }

        if (string.IsNullOrWhiteSpace(record.Text))
        {
            return DropLineResult.Rejected("empty-text", $"post '{record.Id}' has an empty \"text\"");
        }

        if (record.CreatedAt is not { } createdAt)
        {
            return DropLineResult.Rejected("bad-timestamp", $"post '{record.Id}' has no valid \"createdAt\"");
        }

        var (specialty, state, rejected) = PostMetadata.Segments(record.Specialty, record.State);
        if (rejected is not null)
        {
            return DropLineResult.Rejected(rejected.Reason, $"post '{record.Id}': {rejected.Detail}");
        }

        if (!seenIds.Add(record.Id))
        {
            return DropLineResult.Rejected("duplicate-id", $"id '{record.Id}' already appeared earlier in this input");
        }

        return new DropLineResult(new DroppedPost(record.Id, record.Author, createdAt, specialty, state, record.Text), null, null);
    }

    /// <summary>
    /// Where a line stopped being JSON, in words of our own (privacy rule P9). The parser's message quotes the line: a
    /// bad literal's characters, and a path made of the line's property names, which a sender may fill with a name or a
    /// record number. A property is named only when it is one of the fields read here.
    /// </summary>
    private static string MalformedDetail(JsonException ex)
    {
        var at = ex.BytePositionInLine is { } position ? $" at byte {position + 1}" : "";
        var field = ex.Path is { } path && path.StartsWith("$.", StringComparison.Ordinal)
            ? Fields.FirstOrDefault(f => string.Equals(f, path[2..], StringComparison.OrdinalIgnoreCase))
            : null;
        return field is null ? $"not valid JSON{at}" : $"\"{field}\" is not valid JSON or not of its type{at}";
    }
}

/// <summary>A drop line that passed every check.</summary>
public sealed record DroppedPost(string Id, string Author, DateTimeOffset CreatedAt, string? Specialty, string? State, string Text);

/// <summary>A valid post, or the stable reason and detail its line was rejected for, or neither for a blank line.</summary>
public sealed record DropLineResult(DroppedPost? Post, string? Reason, string? Detail)
{
    public static readonly DropLineResult Blank = new(null, null, null);

    public static DropLineResult Rejected(string reason, string detail) => new(null, reason, detail);
}
