using System.Globalization;
using System.Runtime.CompilerServices;
using Sermo.Ingest.Retention;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.DeadLetters;

/// <summary>
/// Where a dead-letter row's records can be read again (decision 018: no copy of a refused record is kept, so the
/// original is the only one): a dropped or pushed file's lines in the drop folder or, once drained, its
/// <c>processed/</c> folder until the retention window ends, or the forum feed's sequence
/// numbers, which the feed answers from the forum's current state (a post deleted since, or by a member who opted out
/// since, is not emitted again).
/// </summary>
public sealed record DeadLetterOrigin(IPostSource Source, long First, long Last)
{
    /// <summary>The origin, or why there is none (the file is gone, the source is not one ingest reads).</summary>
    public static (DeadLetterOrigin? Origin, string? Unrecoverable) Resolve(StoredDeadLetter row, ForumFeedSource forum, string? dropFolder, int maxLineBytes, int rawRetentionDays)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!TryNumber(row.Position, out var first) || !TryNumber(row.LastPosition, out var last) || last < first)
        {
            return (null, $"positions '{row.Position}'..'{row.LastPosition}' are not line or sequence numbers");
        }

        if (row.Source == forum.Name)
        {
            return (new DeadLetterOrigin(forum, first, last), null);
        }

        var colon = row.Source.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? row.Source : row.Source[..colon];
        var name = colon < 0 ? "" : row.Source[(colon + 1)..];
        if (kind is not ("drop" or "push") || name.Length == 0 || Path.GetFileName(name) != name || string.IsNullOrWhiteSpace(dropFolder))
        {
            return (null, $"'{row.Source}' is not a source ingest can read again");
        }

        // A drained file waits in processed/ for Ingest:RawRetentionDays (decision 097), then is deleted.
        return RawFileRetention.Locate(dropFolder, name) is { } path
            ? (new DeadLetterOrigin(new JsonlFileSource(path, maxLineBytes), first, last), null)
            : (null, RawFileRetention.Gone(name, rawRetentionDays));
    }

    /// <summary>The records between <see cref="First"/> and <see cref="Last"/> as the source delivers them now.</summary>
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Both sources resume after the number before the first: "line:offset" takes its line, the feed a sequence.
        var checkpoint = (First - 1).ToString(CultureInfo.InvariantCulture);
        await foreach (var item in Source.ReadAsync(checkpoint, cancellationToken))
        {
            if (!TryNumber(item.Position, out var at) || at < First)
            {
                continue;
            }

            if (at > Last)
            {
                yield break;
            }

            if (item is not CursorAdvance)
            {
                yield return item;
            }
        }
    }

    /// <summary>"line 17" or "seq 4021" → 17 or 4021.</summary>
    public static bool TryNumber(string position, out long number)
    {
        number = 0;
        var space = position.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && position[..space] is "line" or "seq"
            && long.TryParse(position.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
