using System.Data.Common;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Storage.Cube;

/// <summary>Replaces the stored rows of one bucket, inside the rollup's transaction.</summary>
internal sealed class CubeRowWriter(DbConnection connection, DbTransaction tx, StoreDatabase database)
{
    private readonly CubeBlobWriter _blob = new();

    public async Task DeleteBucketAsync(BucketInterval grain, DateOnly bucket, CancellationToken ct)
    {
        foreach (var table in new[] { "cube_counts", "cube_author_sets" })
        {
            await connection.ExecuteAsync(tx, $"DELETE FROM {table} WHERE grain = @grain AND bucket = @bucket", ct,
                ("@grain", (short)grain), ("@bucket", database.Day(bucket)));
        }

        if (grain == BucketInterval.Day)
        {
            await connection.ExecuteAsync(tx, "DELETE FROM cube_aspect_cues WHERE bucket = @bucket", ct, ("@bucket", database.Day(bucket)));
        }
    }

    /// <summary>Writes the rows; returns how many (client, term) cells over all members it wrote.</summary>
    public async Task<int> WriteAsync(BucketInterval grain, DateOnly bucket, CubeRowSet rows, CancellationToken ct)
    {
        await using var counts = connection.Command(tx,
            "INSERT INTO cube_counts (client_id, grain, seg_kind, bucket, term, counts) VALUES (@client, @grain, @kind, @bucket, @term, @blob)",
            ("@client", ""), ("@grain", (short)grain), ("@kind", (short)0), ("@bucket", database.Day(bucket)), ("@term", ""), ("@blob", Array.Empty<byte>()));
        await using var sets = connection.Command(tx,
            "INSERT INTO cube_author_sets (client_id, grain, seg_kind, bucket, term, members) VALUES (@client, @grain, @kind, @bucket, @term, @blob)",
            ("@client", ""), ("@grain", (short)grain), ("@kind", (short)0), ("@bucket", database.Day(bucket)), ("@term", ""), ("@blob", Array.Empty<byte>()));
        var written = 0;
        foreach (var ((clientId, label, segmentKind), cells) in rows.Rows)
        {
            var (countsBlob, membersBlob) = SegmentCell.Pack(cells, _blob);
            foreach (var (insert, blob) in new[] { (counts, countsBlob), (sets, membersBlob) })
            {
                insert.Parameters[0].Value = clientId;
                insert.Parameters[2].Value = (short)segmentKind;
                insert.Parameters[4].Value = label;
                insert.Parameters[5].Value = blob;
                await insert.ExecuteNonQueryAsync(ct);
            }

            written += segmentKind == SegmentBy.None && clientId != HeatMapCube.ActivityKey ? 1 : 0;
        }

        if (grain == BucketInterval.Day)
        {
            await WriteCuesAsync(bucket, rows, ct);
        }

        return written;
    }

    /// <summary>Cue rows are kept per day and member only: weeks and months count their distinct authors when read.</summary>
    private async Task WriteCuesAsync(DateOnly day, CubeRowSet rows, CancellationToken ct)
    {
        if (rows.Cues.Count == 0)
        {
            return;
        }

        await using var insert = connection.Command(tx, """
            INSERT INTO cube_aspect_cues (client_id, seg_kind, bucket, term, segment, aspect, polarity, cue, member, mentions)
            VALUES (@client, @kind, @bucket, @term, @segment, @aspect, @polarity, @cue, @member, @mentions)
            """,
            ("@client", ""), ("@kind", (short)0), ("@bucket", database.Day(day)), ("@term", ""), ("@segment", ""),
            ("@aspect", (short)0), ("@polarity", (short)0), ("@cue", ""), ("@member", 0), ("@mentions", 0));
        foreach (var (key, mentions) in rows.Cues)
        {
            insert.Parameters[0].Value = key.Client;
            insert.Parameters[1].Value = (short)key.Kind;
            insert.Parameters[3].Value = key.Term;
            insert.Parameters[4].Value = key.Segment;
            insert.Parameters[5].Value = (short)key.Aspect;
            insert.Parameters[6].Value = (short)key.Polarity;
            insert.Parameters[7].Value = key.Cue;
            insert.Parameters[8].Value = key.Member;
            insert.Parameters[9].Value = mentions;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
