using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sermo.Ingest.Sources;

/// <summary>
/// A dropped JSONL file, one post per line: <c>{"id","author","createdAt","specialty","state","text"}</c>.
/// Lines are read as bytes with a size cap, decoded as strict UTF-8 and parsed one by one, so one bad line
/// becomes one dead letter and never stops the file. The checkpoint is <c>line:byteOffset</c> after the last line.
/// <para>
/// A file the HTTP push spooled (named <c>push-*.jsonl</c>) is read as source kind <c>push</c>, any other file as
/// <c>drop</c>: the kind prefixes the stored post id and keys the author, so a push partner that reuses a dropped
/// post's id or author reference reaches a different post and a different author (decision 014).
/// </para>
/// </summary>
public sealed class JsonlFileSource(string path, int maxLineBytes) : IPostSource
{
    /// <summary>The name the push spool gives its files; no other file in the drop folder may start with it.</summary>
    public const string PushFilePrefix = "push-";

    private readonly string _kind = System.IO.Path.GetFileName(path).StartsWith(PushFilePrefix, StringComparison.Ordinal) ? "push" : "drop";

    public string Name => _kind + ":" + System.IO.Path.GetFileName(path);

    public string Path => path;

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resumeAfter = ParseCheckpoint(checkpoint);
        // Lines before the checkpoint are re-read only to remember their ids, so a duplicate is still caught after a restart.
        var seenIds = new SeenIds();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var lines = new JsonlLineSplitter(maxLineBytes);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            lines.Append(buffer.AsMemory(0, read));
            while (lines.TryReadLine(out var line, out var oversized))
            {
                if (ToItem(line.Span, oversized, lines, seenIds) is { } item && lines.LineNumber > resumeAfter)
                {
                    yield return item;
                }
            }
        }

        if (lines.TryReadLastLine(out var last, out var lastOversized)
            && ToItem(last.Span, lastOversized, lines, seenIds) is { } lastItem && lines.LineNumber > resumeAfter)
        {
            yield return lastItem;
        }
    }

    public Task<IReadOnlyCollection<string>> GetKnownHandlesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>([]);

    private SourceItem? ToItem(ReadOnlySpan<byte> bytes, bool oversized, JsonlLineSplitter lines, SeenIds seenIds)
    {
        var (lineNumber, lineStart) = (lines.LineNumber, lines.LineStart);
        var position = $"line {lineNumber}";
        var checkpoint = $"{lineNumber}:{lines.Offset}";
        if (oversized)
        {
            return Reject("text-too-large", $"{path}:{lineNumber}: line is over the {maxLineBytes:N0}-byte limit (starts at byte {lineStart})");
        }

        var parsed = DropLine.Parse(bytes, seenIds);
        if (parsed.Reason is { } reason)
        {
            return Reject(reason, $"{path}:{lineNumber}: {parsed.Detail}");
        }

        if (parsed.Post is not { } post)
        {
            return new CursorAdvance(position, checkpoint);
        }

        return new IncomingPost(position, checkpoint, _kind + ":" + post.Id, post.Author, post.CreatedAt, post.Specialty, post.State, post.Text);

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
}
