using System.Buffers;
using System.Globalization;
using Microsoft.Extensions.Options;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Push;

/// <summary>
/// Turns one pushed batch of drop-format lines into a file in the drop folder, so pushed posts take the same path as
/// dropped files: the next ingest cycle scrubs, tags and stores them, and bad lines become dead letters with their
/// reason. The batch is written under a hidden temporary name, flushed to disk and only then renamed to
/// <c>*.jsonl</c>, so the cycle never reads half a batch and an accepted batch survives a crash.
/// </summary>
public sealed class PushSpool(IOptions<IngestOptions> ingest, IOptions<PushOptions> push, TimeProvider clock)
{
    public bool Enabled => !string.IsNullOrEmpty(push.Value.Token);

    public long MaxBatchBytes => push.Value.MaxBatchBytes;

    /// <summary>Compares in constant time, so response timing does not reveal how much of a guess was right.</summary>
    public bool IsAuthorized(string? presentedToken) =>
        Enabled && presentedToken is not null &&
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(presentedToken), System.Text.Encoding.UTF8.GetBytes(push.Value.Token!));

    /// <summary>Reads the whole body (at most <see cref="MaxBatchBytes"/>), checks each line and spools the batch.</summary>
    /// <exception cref="PushRejectedException">The body is over the limit or holds no line at all; nothing is spooled.</exception>
    public async Task<PushReceipt> AcceptAsync(Stream body, CancellationToken cancellationToken)
    {
        var batch = await ReadBoundedAsync(body, cancellationToken);
        var (lines, accepted, rejected) = Check(batch.WrittenMemory, ingest.Value.MaxLineBytes);
        if (lines == 0)
        {
            throw new PushRejectedException("empty-batch", "the body holds no line; send one JSON object per line");
        }

        var folder = ingest.Value.DropFolder;
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new InvalidOperationException("Ingest:DropFolder is not set, so pushed batches have nowhere to go");
        }

        Directory.CreateDirectory(folder);
        // Ordinal order of names is ingest order; the suffix keeps two batches in one millisecond apart.
        var name = string.Create(CultureInfo.InvariantCulture, $"{JsonlFileSource.PushFilePrefix}{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}.jsonl");
        var temporary = Path.Combine(folder, "." + name + ".partial");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await file.WriteAsync(batch.WrittenMemory, cancellationToken);
                if (!batch.WrittenSpan.EndsWith("\n"u8))
                {
                    await file.WriteAsync("\n"u8.ToArray(), cancellationToken);
                }

                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path.Combine(folder, name));
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return new PushReceipt(name, lines, accepted, rejected);
    }

    private async Task<ArrayBufferWriter<byte>> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var limit = push.Value.MaxBatchBytes;
        var batch = new ArrayBufferWriter<byte>(64 * 1024);
        while (true)
        {
            var memory = batch.GetMemory(64 * 1024);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return batch;
            }

            batch.Advance(read);
            if (batch.WrittenCount > limit)
            {
                throw new PushRejectedException("batch-too-large", $"the body is over the {limit:N0}-byte limit (Ingest:Push:MaxBatchBytes); split it into smaller batches");
            }
        }
    }

    private static (int Lines, int Accepted, List<PushedLineRejection> Rejected) Check(ReadOnlyMemory<byte> batch, int maxLineBytes)
    {
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new List<PushedLineRejection>();
        int lines = 0, accepted = 0, lineNumber = 0;
        var rest = batch.Span;
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            lineNumber++;
            if (line.Length > maxLineBytes)
            {
                lines++;
                rejected.Add(new PushedLineRejection(lineNumber, "text-too-large", $"line is over the {maxLineBytes:N0}-byte limit (Ingest:MaxLineBytes)"));
                continue;
            }

            var parsed = DropLine.Parse(line, seenIds);
            if (parsed.Reason is { } reason)
            {
                lines++;
                rejected.Add(new PushedLineRejection(lineNumber, reason, parsed.Detail!));
            }
            else if (parsed.Post is not null)
            {
                lines++;
                accepted++;
            }
        }

        return (lines, accepted, rejected);
    }
}

/// <summary>What happened to a pushed batch: the spool file it became and which lines the ingest cycle will dead-letter.</summary>
public sealed record PushReceipt(string File, int Lines, int Accepted, IReadOnlyList<PushedLineRejection> Rejected);

/// <summary>A pushed line that will become a dead letter, with the same reason a dropped file's line would get.</summary>
public sealed record PushedLineRejection(int Line, string Reason, string Detail);

/// <summary>The whole batch was refused before anything was spooled.</summary>
public sealed class PushRejectedException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
