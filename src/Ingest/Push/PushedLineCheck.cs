using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Push;

/// <summary>
/// Checks pushed lines one by one with the rules the ingest cycle will apply to them (the drop format's, and the
/// plausible date window), so the receipt says what the cycle will dead-letter.
/// </summary>
internal sealed class PushedLineCheck(IngestOptions options, DateTimeOffset now)
{
    private readonly SeenIds _seenIds = new();

    public PushReceipt.Builder Receipt { get; } = new();

    public void Add(long lineNumber, ReadOnlySpan<byte> line, bool oversized)
    {
        if (oversized)
        {
            Receipt.Reject(lineNumber, "text-too-large", $"line is over the {options.MaxLineBytes:N0}-byte limit (Ingest:MaxLineBytes)");
            return;
        }

        var parsed = DropLine.Parse(line, _seenIds);
        if (parsed.Reason is { } reason)
        {
            Receipt.Reject(lineNumber, reason, parsed.Detail!);
        }
        else if (parsed.Post is { } post)
        {
            if (PostDateWindow.Check(post.Id, post.CreatedAt, now, options.EarliestPostDate) is { } implausible)
            {
                Receipt.Reject(lineNumber, PostDateWindow.Reason, implausible);
            }
            else
            {
                Receipt.Accept();
            }
        }
    }
}
