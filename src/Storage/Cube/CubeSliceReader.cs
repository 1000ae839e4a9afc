using System.Data.Common;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Cube;

/// <summary>
/// Reads one client's slice. Each heat-map bucket and the whole period are covered by whole stored buckets no
/// coarser than <c>coarsest</c> (<see cref="CubeGrains"/>). A bucket covered by a single stored row takes that row's
/// counts as they are, distinct authors included; anything covered by several rows (row totals, buckets cut by the
/// range ends) adds the counts and unions the author sets, so every distinct count stays exact.
/// </summary>
internal sealed class CubeSliceReader(DbConnection connection, HeatMapCube cube, BucketInterval coarsest)
{
    /// <param name="segmentValue">With a segment kind, read only this value's cells (one heat map); null reads every value.</param>
    public async Task<CubeSlice> ReadAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, string? segmentValue, CancellationToken ct)
    {
        var only = segment != SegmentBy.None && segmentValue is not null ? new SegmentFilter(segmentValue) : null;
        if (to < from)
        {
            throw new ArgumentException($"Range end {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}.", nameof(to));
        }

        var cellGrain = (BucketInterval)Math.Min((int)interval, (int)coarsest);
        var buckets = TimeBuckets.Enumerate(from, to, interval);
        var bucketCovers = buckets
            .Select(b => CubeGrains.Cover(Max(from, b), Min(to, TimeBuckets.BucketEnd(b, interval)), cellGrain))
            .ToList();
        var totalCover = CubeGrains.Cover(from, to, coarsest);

        var pieces = bucketCovers.SelectMany(c => c).Concat(totalCover).ToHashSet();
        var merged = bucketCovers.Where(c => c.Count > 1).SelectMany(c => c).Concat(totalCover.Count > 1 ? totalCover : []).ToHashSet();
        var counts = await ReadRowsAsync("cube_counts", "counts", clientId, segment, pieces, ct);
        var sets = await ReadRowsAsync("cube_author_sets", "members", clientId, segment, merged, ct);
        var activityPieces = bucketCovers.SelectMany(c => c).ToHashSet();
        var activityCounts = await ReadRowsAsync("cube_counts", "counts", HeatMapCube.ActivityKey, segment, activityPieces, ct);
        var activitySets = await ReadRowsAsync("cube_author_sets", "members", HeatMapCube.ActivityKey, segment, activityPieces.Where(merged.Contains).ToHashSet(), ct);

        var cues = await CueAuthorsAsync(clientId, interval, from, to, segment, only?.Value, ct);
        var cells = new List<CubeAggregate>();
        var activity = new List<SegmentActivity>();
        for (var b = 0; b < buckets.Count; b++)
        {
            foreach (var ((term, seg), cell) in Combine(bucketCovers[b], counts, sets, only))
            {
                cells.Add(Aggregate(term, buckets[b], seg, cell) with { Cues = cues.GetValueOrDefault((term, seg, buckets[b])) });
            }

            foreach (var ((_, seg), cell) in Combine(bucketCovers[b], activityCounts, activitySets, only))
            {
                activity.Add(new SegmentActivity(buckets[b], NullIfEmpty(seg), cell.Authors));
            }
        }

        var totals = Combine(totalCover, counts, sets, only).Select(p => Aggregate(p.Key.Term, from, p.Key.Segment, p.Value)).ToList();
        return new CubeSlice(clientId, interval, from, to, cells, totals, activity);
    }

    /// <summary>Counts (and, over several pieces, the union of author sets) per (term, segment value).</summary>
    private static Dictionary<(string Term, string Segment), CellCounts> Combine(
        List<GrainBucket> cover, Dictionary<GrainBucket, List<(string Term, byte[] Blob)>> counts, Dictionary<GrainBucket, List<(string Term, byte[] Blob)>> sets, SegmentFilter? only)
    {
        var result = new Dictionary<(string Term, string Segment), CellCounts>();
        if (cover.Count == 1)
        {
            foreach (var (term, blob) in counts.GetValueOrDefault(cover[0]) ?? [])
            {
                var reader = new CubeBlobReader(blob);
                while (!reader.End)
                {
                    var segment = SegmentFilter.ReadSegment(ref reader, only);
                    var cell = CellCounts.Read(ref reader);
                    if (segment is not null)
                    {
                        result[(term, segment)] = cell;
                    }
                }
            }

            return result;
        }

        var byTerm = new Dictionary<string, Dictionary<string, SegmentCell>>(StringComparer.Ordinal);
        foreach (var piece in cover)
        {
            var pieceSets = (sets.GetValueOrDefault(piece) ?? []).ToDictionary(s => s.Term, s => s.Blob, StringComparer.Ordinal);
            foreach (var (term, blob) in counts.GetValueOrDefault(piece) ?? [])
            {
                if (!byTerm.TryGetValue(term, out var cells))
                {
                    byTerm[term] = cells = new Dictionary<string, SegmentCell>(StringComparer.Ordinal);
                }

                CubeRowSet.Merge(cells, blob, pieceSets[term], only);
            }
        }

        foreach (var (term, cells) in byTerm)
        {
            foreach (var (segment, cell) in cells)
            {
                result[(term, segment)] = cell.Counts with { Authors = cell.Authors.Count };
            }
        }

        return result;
    }

    private async Task<Dictionary<GrainBucket, List<(string Term, byte[] Blob)>>> ReadRowsAsync(
        string table, string column, string clientId, SegmentBy segment, HashSet<GrainBucket> pieces, CancellationToken ct)
    {
        var rows = new Dictionary<GrainBucket, List<(string, byte[])>>();
        foreach (var grain in pieces.GroupBy(p => p.Grain))
        {
            await using var command = connection.Command(null, "", ("@client", clientId), ("@grain", (short)grain.Key), ("@kind", (short)segment));
            command.CommandText = $"""
                SELECT bucket, term, {column} FROM {table}
                WHERE client_id = @client AND grain = @grain AND seg_kind = @kind AND {cube.BucketsIn(command, grain.Select(p => p.Start).ToList())}
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var piece = new GrainBucket(grain.Key, cube.Database.ReadDay(reader, 0));
                if (!rows.TryGetValue(piece, out var list))
                {
                    rows[piece] = list = [];
                }

                list.Add((reader.GetString(1), (byte[])reader[2]));
            }
        }

        return rows;
    }

    /// <summary>
    /// Per bucket cell, the distinct authors of each aspect, polarity and cue, counted over the day rows of
    /// <c>cube_aspect_cues</c> the bucket covers (decision 048); cues exist for bucket cells only, not row totals.
    /// </summary>
    private async Task<Dictionary<(string Term, string Segment, DateOnly Bucket), List<AspectCueCount>>> CueAuthorsAsync(
        string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, string? segmentValue, CancellationToken ct)
    {
        var members = new Dictionary<(string Term, string Segment, DateOnly Bucket), Dictionary<(Aspect, Sentiment, string), HashSet<int>>>();
        var parameters = new List<(string Name, object? Value)> { ("@client", clientId), ("@kind", (short)segment), ("@from", cube.Database.Day(from)), ("@to", cube.Database.Day(to)) };
        if (segmentValue is not null)
        {
            parameters.Add(("@segment", segmentValue));
        }

        await using var command = connection.Command(null, $"""
            SELECT term, segment, bucket, aspect, polarity, cue, member FROM cube_aspect_cues
            WHERE client_id = @client AND seg_kind = @kind AND bucket >= @from AND bucket <= @to{(segmentValue is null ? "" : " AND segment = @segment")}
            """, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var cell = (reader.GetString(0), reader.GetString(1), TimeBuckets.BucketStart(cube.Database.ReadDay(reader, 2), interval));
            if (!members.TryGetValue(cell, out var cues))
            {
                members[cell] = cues = [];
            }

            var cue = ((Aspect)reader.GetInt16(3), (Sentiment)reader.GetInt16(4), reader.GetString(5));
            if (!cues.TryGetValue(cue, out var authors))
            {
                cues[cue] = authors = [];
            }

            authors.Add(reader.GetInt32(6));
        }

        return members.ToDictionary(
            p => p.Key,
            p => p.Value.Select(c => new AspectCueCount(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value.Count))
                .OrderBy(c => c.Aspect).ThenBy(c => c.Polarity).ThenBy(c => c.Cue, StringComparer.Ordinal).ToList());
    }

    private static CubeAggregate Aggregate(string term, DateOnly bucket, string segment, CellCounts cell) =>
        new(term, bucket, NullIfEmpty(segment), cell.Mentions, cell.Authors, cell.Positive, cell.Neutral, cell.Negative, cell.AdverseEvents, cell.Aspects.ToCounts());

    private static string? NullIfEmpty(string segment) => segment.Length == 0 ? null : segment;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
