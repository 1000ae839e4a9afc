using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Sermo.Ingest.Sources;

/// <summary>
/// A dropped JSONL file, one post per line: <c>{"id","author","createdAt","specialty","state","text"}</c>.
/// Lines are read as bytes with a size cap, decoded as strict UTF-8 and parsed one by one, so one bad line
/// becomes one dead letter and never stops the file. The checkpoint is <c>line:byteOffset</c> after the last line.
/// </summary>
public sealed class JsonlFileSource(string path, int maxLineBytes) : IPostSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Name { get; } = "drop:" + System.IO.Path.GetFileName(path);

    public string Path => path;

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resumeAfter = ParseCheckpoint(checkpoint);
        // Lines before the checkpoint are re-read only to remember their ids, so a duplicate is still caught after a restart.
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var line = new ArrayBufferWriter<byte>(4096);
        var buffer = new byte[1 << 16];
        long offset = 0, lineNumber = 0, lineStart = 0;
        var oversized = false;

        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            while (!chunk.IsEmpty)
            {
                var newline = chunk.Span.IndexOf((byte)'\n');
                var part = newline < 0 ? chunk : chunk[..newline];
                if (!oversized && line.WrittenCount + part.Length <= maxLineBytes)
                {
                    line.Write(part.Span);
                }
                else
                {
                    oversized = true;
                    line.Clear();
                }

                offset += part.Length;
                if (newline < 0)
                {
                    break;
                }

                offset++;
                chunk = chunk[(newline + 1)..];
                lineNumber++;
                var item = ToItem(line.WrittenSpan, oversized, lineNumber, lineStart, offset, seenIds);
                if (lineNumber > resumeAfter && item is not null)
                {
                    yield return item;
                }

                line.Clear();
                oversized = false;
                lineStart = offset;
            }
        }

        if (line.WrittenCount > 0 || oversized)
        {
            lineNumber++;
            var item = ToItem(line.WrittenSpan, oversized, lineNumber, lineStart, offset, seenIds);
            if (lineNumber > resumeAfter && item is not null)
            {
                yield return item;
            }
        }
    }

    public Task<IReadOnlyCollection<string>> GetKnownHandlesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>([]);

    private SourceItem? ToItem(ReadOnlySpan<byte> bytes, bool oversized, long lineNumber, long lineStart, long endOffset, HashSet<string> seenIds)
    {
        var position = $"line {lineNumber}";
        var checkpoint = $"{lineNumber}:{endOffset}";
        if (oversized)
        {
            return Reject("text-too-large", $"{path}:{lineNumber}: line is over the {maxLineBytes:N0}-byte limit (starts at byte {lineStart})");
        }

        if (bytes.Trim(" \t\r"u8).IsEmpty)
        {
            return new CursorAdvance(position, checkpoint);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return Reject("invalid-utf8", $"{path}:{lineNumber}: invalid UTF-8 at byte {lineStart + ex.Index}");
        }

        DropLine? record;
        try
        {
            record = JsonSerializer.Deserialize<DropLine>(text, DropLine.Json);
        }
        catch (JsonException ex)
        {
            return Reject("malformed-json", $"{path}:{lineNumber}: {ex.Message}");
        }

        if (record is null)
        {
            return Reject("malformed-json", $"{path}:{lineNumber}: not a JSON object");
        }

        if (string.IsNullOrWhiteSpace(record.Id))
        {
            return Reject("missing-id", $"{path}:{lineNumber}: \"id\" is missing or empty");
        }

        if (string.IsNullOrWhiteSpace(record.Author))
        {
            return Reject("missing-author", $"{path}:{lineNumber}: post '{record.Id}' has no \"author\"");
        }

        if (string.IsNullOrWhiteSpace(record.Text))
        {
            return Reject("empty-text", $"{path}:{lineNumber}: post '{record.Id}' has an empty \"text\"");
        }

        if (record.CreatedAt is not { } createdAt)
        {
            return Reject("bad-timestamp", $"{path}:{lineNumber}: post '{record.Id}' has no valid \"createdAt\"");
        }

        if (!seenIds.Add(record.Id))
        {
            return Reject("duplicate-id", $"{path}:{lineNumber}: id '{record.Id}' already appeared earlier in this file");
        }

        return new IncomingPost(position, checkpoint, "drop:" + record.Id, record.Author, createdAt, record.Specialty, record.State, record.Text);

        RejectedRecord Reject(string reason, string detail) => new(position, checkpoint, reason, detail, null);
    }

    private static long ParseCheckpoint(string? checkpoint)
    {
        if (checkpoint is null)
        {
            return 0;
        }

        var colon = checkpoint.IndexOf(':', StringComparison.Ordinal);
        return long.Parse(colon < 0 ? checkpoint : checkpoint[..colon], CultureInfo.InvariantCulture);
    }

    private sealed record DropLine(string? Id, string? Author, DateTimeOffset? CreatedAt, string? Specialty, string? State, string? Text)
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };
    }
}
