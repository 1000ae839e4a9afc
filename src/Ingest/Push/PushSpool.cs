using System.Globalization;
using Microsoft.Extensions.Options;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Push;

/// <summary>
/// Turns one pushed batch of drop-format lines into a file in the drop folder, so pushed posts take the same path as
/// dropped files: the next ingest cycle scrubs, tags and stores them, and bad lines become dead letters with their
/// reason. The body streams to a hidden temporary file (never whole in memory) while each line is checked; the file is
/// flushed to disk and only then renamed to <c>*.jsonl</c>, so the cycle never reads half a batch and an accepted batch
/// survives a crash. A caller that goes away cancels the read, and the temporary file is removed.
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

    /// <summary>Streams the body (at most <see cref="MaxBatchBytes"/>) to the spool, checking each line, and publishes it.</summary>
    /// <exception cref="PushRejectedException">The body is over the limit or holds no line at all; nothing is spooled.</exception>
    public async Task<PushReceipt> AcceptAsync(Stream body, CancellationToken cancellationToken)
    {
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
            PushReceipt.Builder receipt;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                receipt = await SpoolAsync(body, file, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            if (receipt.Lines == 0)
            {
                throw new PushRejectedException("empty-batch", "the body holds no line; send one JSON object per line");
            }

            File.Move(temporary, Path.Combine(folder, name));
            return receipt.Build(name);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Copies the body to <paramref name="file"/> chunk by chunk and checks each line as it completes.</summary>
    private async Task<PushReceipt.Builder> SpoolAsync(Stream body, FileStream file, CancellationToken cancellationToken)
    {
        var limit = push.Value.MaxBatchBytes;
        var check = new PushedLineCheck(ingest.Value, clock.GetUtcNow());
        var lines = new JsonlLineSplitter(ingest.Value.MaxLineBytes);
        var buffer = new byte[1 << 16];
        long total = 0;
        var endsWithNewline = true;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new PushRejectedException("batch-too-large", $"the body is over the {limit:N0}-byte limit (Ingest:Push:MaxBatchBytes); split it into smaller batches");
            }

            var chunk = buffer.AsMemory(0, read);
            await file.WriteAsync(chunk, cancellationToken);
            endsWithNewline = chunk.Span[^1] == (byte)'\n';
            lines.Append(chunk);
            while (lines.TryReadLine(out var line, out var oversized))
            {
                check.Add(lines.LineNumber, line.Span, oversized);
            }

            // A large batch of short lines is checked between reads, so a caller that left stops the work here.
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (lines.TryReadLastLine(out var last, out var lastOversized))
        {
            check.Add(lines.LineNumber, last.Span, lastOversized);
        }

        if (!endsWithNewline)
        {
            await file.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }

        return check.Receipt;
    }
}
