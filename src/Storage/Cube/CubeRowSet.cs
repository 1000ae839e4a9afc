using System.Data.Common;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;

namespace Sermo.Storage.Cube;

/// <summary>The rows of one bucket being built: per (client, term, segment kind), each segment value's cell.</summary>
internal sealed class CubeRowSet
{
    public Dictionary<(string Client, string Term, SegmentBy Kind), SortedDictionary<string, SegmentCell>> Rows { get; } = [];

    /// <summary>
    /// Day rows only: per (client, term, segment kind, segment value, aspect, polarity, cue, member), that member's
    /// mentions with that cue (the side table <c>cube_aspect_cues</c>; decision 048).
    /// </summary>
    public Dictionary<AspectCueKey, int> Cues { get; } = [];

    /// <summary>Posts of the day held out of a finance client's rows by the MNPI guard, for the compliance log.</summary>
    public List<Mnpi.TrialDisclosureHold> Held { get; } = [];

    public void AddMention(string client, string term, string specialty, string state, int member, TermMention mention, string? cue = null)
    {
        if (cue is not null && mention.Aspect is { } said)
        {
            foreach (var (kind, segment) in new[] { (SegmentBy.None, ""), (SegmentBy.Specialty, specialty), (SegmentBy.State, state) })
            {
                var key = new AspectCueKey(client, term, kind, segment, said.Name, said.Polarity, cue, member);
                Cues[key] = Cues.GetValueOrDefault(key) + 1;
            }
        }

        var counts = new CellCounts(
            1, 0,
            mention.Sentiment == Sentiment.Positive ? 1 : 0,
            mention.Sentiment == Sentiment.Neutral ? 1 : 0,
            mention.Sentiment == Sentiment.Negative ? 1 : 0,
            mention.AdverseEvent ? 1 : 0,
            mention.Aspect is { } aspect ? AspectTallies.One(aspect) : default);
        Add(client, term, SegmentBy.None, "", member, counts);
        Add(client, term, SegmentBy.Specialty, specialty, member, counts);
        Add(client, term, SegmentBy.State, state, member, counts);
    }

    /// <summary>Who posted at all; Mentions counts their posts.</summary>
    public void AddActivity(string specialty, string state, int member)
    {
        var post = new CellCounts(1, 0, 0, 0, 0, 0);
        Add(HeatMapCube.ActivityKey, HeatMapCube.ActivityKey, SegmentBy.None, "", member, post);
        Add(HeatMapCube.ActivityKey, HeatMapCube.ActivityKey, SegmentBy.Specialty, specialty, member, post);
        Add(HeatMapCube.ActivityKey, HeatMapCube.ActivityKey, SegmentBy.State, state, member, post);
    }

    /// <summary>The exact union of the day rows in [from, to]: counts added, author sets unioned.</summary>
    public static async Task<CubeRowSet> UnionOfDaysAsync(DbConnection connection, DbTransaction tx, StoreDatabase database, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var merged = new CubeRowSet();
        await using var command = connection.Command(tx, """
            SELECT c.client_id, c.seg_kind, c.term, c.counts, s.members
            FROM cube_counts c
            JOIN cube_author_sets s ON s.client_id = c.client_id AND s.grain = c.grain AND s.seg_kind = c.seg_kind
                                   AND s.bucket = c.bucket AND s.term = c.term
            WHERE c.grain = 0 AND c.bucket BETWEEN @from AND @to
            """, ("@from", database.Day(from)), ("@to", database.Day(to)));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = (reader.GetString(0), reader.GetString(2), (SegmentBy)Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
            if (!merged.Rows.TryGetValue(key, out var cells))
            {
                merged.Rows[key] = cells = new SortedDictionary<string, SegmentCell>(StringComparer.Ordinal);
            }

            Merge(cells, (byte[])reader[3], (byte[])reader[4]);
        }

        return merged;
    }

    /// <summary>
    /// Adds one packed row (counts blob and its author-set blob) into per-segment cells; with <paramref name="only"/>,
    /// other segment values are skipped undecoded.
    /// </summary>
    public static void Merge(IDictionary<string, SegmentCell> cells, ReadOnlySpan<byte> countsBlob, ReadOnlySpan<byte> membersBlob, SegmentFilter? only = null)
    {
        var counts = new CubeBlobReader(countsBlob);
        var members = new CubeBlobReader(membersBlob);
        while (!counts.End)
        {
            var segment = SegmentFilter.ReadSegment(ref counts, only);
            if (segment is null)
            {
                CellCounts.Read(ref counts);
                members.ReadString();
                AuthorSet.Skip(ref members);
                continue;
            }

            var rowCounts = CellCounts.Read(ref counts);
            if (members.ReadString() != segment)
            {
                throw new InvalidDataException($"Cube row out of step: counts for segment '{segment}' without its author set.");
            }

            if (!cells.TryGetValue(segment, out var cell))
            {
                cells[segment] = cell = new SegmentCell();
            }

            cell.Counts = cell.Counts.Plus(rowCounts);
            cell.Authors.UnionWith(ref members);
        }
    }

    private void Add(string client, string term, SegmentBy kind, string segment, int member, CellCounts counts)
    {
        if (!Rows.TryGetValue((client, term, kind), out var cells))
        {
            Rows[(client, term, kind)] = cells = new SortedDictionary<string, SegmentCell>(StringComparer.Ordinal);
        }

        if (!cells.TryGetValue(segment, out var cell))
        {
            cells[segment] = cell = new SegmentCell();
        }

        cell.Counts = cell.Counts.Plus(counts);
        cell.Authors.Add(member);
    }
}
