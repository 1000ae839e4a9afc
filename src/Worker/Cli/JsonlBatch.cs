using System.Buffers;
using System.Text;
using System.Text.Json;
using Sermo.Ingest.Anonymization;

namespace Sermo.Worker.Cli;

/// <summary>
/// Lines of a JSONL file, kept as UTF-8 bytes, and what transforming them produced: the output lines, in order, and
/// the line number and reason of every bad line. One batch is transformed by one thread.
/// </summary>
internal sealed class JsonlBatch
{
    private static readonly JsonEncodedText IdProperty = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TextProperty = JsonEncodedText.Encode("text");

    private readonly ArrayBufferWriter<byte> _input = new(64 << 10);
    private readonly List<(int Line, int Start, int Length, bool TooLong)> _lines = new(1024);
    private readonly ArrayBufferWriter<byte> _output = new(64 << 10);

    public int Count => _lines.Count;

    public int LastLine => _lines.Count == 0 ? 0 : _lines[^1].Line;

    public int Written { get; private set; }

    public List<(int Line, string Reason)> Errors { get; } = [];

    public ReadOnlyMemory<byte> Output => _output.WrittenMemory;

    public bool IsFull(int lines, int bytes) => _lines.Count >= lines || _input.WrittenCount >= bytes;

    /// <summary>
    /// Empties the batch for the next lines, keeping its grown buffers: a new batch per 1,024 lines grew two buffers to
    /// 512 KB each time (large-object heap, zeroed, fresh pages), a tenth of the scrub verb's CPU in page faults (decision 068).
    /// </summary>
    public void Clear()
    {
        _input.ResetWrittenCount();
        _output.ResetWrittenCount();
        _lines.Clear();
        Errors.Clear();
        Written = 0;
    }

    public void Add(int line, ReadOnlySpan<byte> bytes, bool tooLong)
    {
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (line == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        _lines.Add((line, _input.WrittenCount, tooLong ? 0 : bytes.Length, tooLong));
        if (!tooLong)
        {
            _input.Write(bytes);
        }
    }

    public JsonlBatch Transform(JsonlTransform.FieldWriter transform)
    {
        var lineOutput = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(lineOutput);
        foreach (var (line, start, length, tooLong) in _lines)
        {
            var bytes = _input.WrittenSpan.Slice(start, length);
            if (tooLong)
            {
                Errors.Add((line, $"line-too-long: over {JsonlTransform.MaxLineBytes:N0} bytes"));
                continue;
            }

            if (bytes.Trim(" \t"u8).IsEmpty)
            {
                continue; // blank lines carry nothing, as before
            }

            lineOutput.ResetWrittenCount();
            writer.Reset(lineOutput);
            if (TransformLine(bytes, transform, writer) is { } reason)
            {
                Errors.Add((line, reason));
                continue;
            }

            writer.Flush();
            _output.Write(lineOutput.WrittenSpan);
            _output.Write("\n"u8);
            Written++;
        }

        return this;
    }

    /// <summary>Writes one output line into <paramref name="writer"/>, or returns why the line is bad.</summary>
    private static string? TransformLine(ReadOnlySpan<byte> line, JsonlTransform.FieldWriter transform, Utf8JsonWriter writer)
    {
        Range id = default;
        string? text;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "malformed-json: not a JSON object";
            }

            text = ReadIdAndText(ref reader, line.Length, out id);
            if (reader.Read())
            {
                return "malformed-json: more than one JSON value on the line";
            }
        }
        catch (JsonException ex)
        {
            return $"malformed-json: {ex.Message}";
        }

        if (text is null)
        {
            return "missing-text: \"text\" must be a string";
        }

        try
        {
            writer.WriteStartObject();
            writer.WritePropertyName(IdProperty);
            if (id.Equals(default(Range)))
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteRawValue(line[id], skipInputValidation: true); // the reader has validated it; copied as written
            }

            transform(text, writer);
            writer.WriteEndObject();
            return null;
        }
        catch (ScrubFailedException ex)
        {
            return $"rejected: {ex.Message}";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug on one post must not lose the rest of the file: the line is reported with what failed, the run exits 1.
            return $"failed: {ex.GetType().Name}: {ex.Message}";
        }
    }

    // The top-level "text" (a string, or null when missing or not a string) and where the "id" value (any JSON value) is.
    private static string? ReadIdAndText(ref Utf8JsonReader reader, int lineLength, out Range id)
    {
        id = default;
        string? text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals(IdProperty.EncodedUtf8Bytes);
            var isText = !isId && reader.ValueTextEquals(TextProperty.EncodedUtf8Bytes);
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            if (isText)
            {
                text = reader.TokenType == JsonTokenType.String ? ReadString(ref reader) : null;
            }

            reader.Skip();
            if (isId)
            {
                id = valueStart..Math.Min(lineLength, (int)reader.BytesConsumed);
            }
        }

        return text;
    }

    // GetString refuses a lone surrogate escape or an invalid UTF-8 byte; such a text is decoded by hand with U+FFFD in
    // their place, so a post cut in the middle of an emoji by some exporter is still scrubbed.
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return JsonStringText.DecodeLeniently(reader.ValueSpan);
        }
    }
}
