using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.HeatMaps;
using Sermo.CubeBench;
using Sermo.Storage.Cube;

// Cube benchmark (issue 7). Usage (repository root): bench/cube/run.sh
//   load DB POSTS                  fill a post store with synthetic tagged posts through the ingest bulk path
//   append DB POSTS                continue the same stream straight into the posts table (no FTS5/tag indexing)
//   run|reads DB RUNS PEER_RUNS RESULTS  (run only:) full rollup, idempotent and incremental rollups, timed 50 x 52 heat-map reads
var mode = args.Length > 0 ? args[0] : "";
var ct = CancellationToken.None;
if (mode == "load")
{
    var (posts, elapsed) = await PostLoad.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), ct);
    Console.WriteLine($"loaded {posts:N0} posts in {elapsed.TotalSeconds:F0} s ({posts / elapsed.TotalSeconds:N0} posts/s)");
    return 0;
}

if (mode == "append")
{
    var (appended, took) = await PostAppend.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), ct);
    Console.WriteLine($"appended {appended:N0} posts in {took.TotalSeconds:F0} s ({appended / took.TotalSeconds:N0} posts/s)");
    return 0;
}

if (mode is not ("run" or "reads") || args.Length < 5)
{
    Console.Error.WriteLine("usage: load DB POSTS | append DB POSTS | run|reads DB RUNS PEER_RUNS RESULTS");
    return 2;
}

var path = args[1];
var runs = int.Parse(args[2], CultureInfo.InvariantCulture);
var peerRuns = int.Parse(args[3], CultureInfo.InvariantCulture);
var database = PostLoad.Open(path);
var bench = new CubeRun(database);
var report = new StringBuilder();
void Line(string text)
{
    Console.WriteLine(text);
    report.AppendLine(text);
}

Line($"# Cube benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
Line("");
Line($"Command: `bench/cube/run.sh` (`{string.Join(' ', args)}`)");
Line($"Load before: `{Uptime()}`");
Line("");
var postCount = Scalar("SELECT COUNT(*) FROM posts");
Line($"Post store: {postCount:N0} posts, {Scalar("SELECT COUNT(DISTINCT author_key) FROM posts"):N0} authors, {Scalar("SELECT COUNT(DISTINCT day) FROM posts")} days; client `acme` watches 50 terms, `beta` 10.");
Line("");

if (mode == "run")
{
    await RollupsAsync();
}

async Task RollupsAsync()
{
    var (full, fullTime) = await bench.FullRollupAsync(ct);
    Line($"- Full rollup (RebuildAsync over every day): {full.DaysRebuilt} days, {full.PostsRead:N0} posts, {full.CellsWritten:N0} day cells in {fullTime.TotalSeconds:F1} s = **{full.PostsRead / fullTime.TotalSeconds:N0} posts/s**");
    Line($"- Cube rows: {Scalar("SELECT COUNT(*) FROM cube_counts"):N0} counts rows ({Scalar("SELECT SUM(length(counts)) FROM cube_counts") / 1e6:F1} MB of blobs), author sets {Scalar("SELECT SUM(length(members)) FROM cube_author_sets") / 1e6:F1} MB, {Scalar("SELECT COUNT(*) FROM cube_members"):N0} members");
    var (idle, idleTime) = await bench.TimedRollupAsync(ct);
    Line($"- Rollup again with nothing dirty: {idle.DaysRebuilt} days rebuilt, {idleTime.TotalMilliseconds:F0} ms");
    var postRange = await bench.Cube.GetPostRangeAsync(ct) ?? throw new InvalidOperationException("empty");
    var (lateCount, retaggedCount) = await bench.LateAndRetaggedAsync(2_000, postRange.Last, ct);
    var (late, lateTime) = await bench.TimedRollupAsync(ct);
    Line($"- Incremental: {lateCount:N0} late posts on 3 old days + {retaggedCount:N0} posts of one day re-tagged, then rollup: {late.DaysRebuilt} days rebuilt ({late.PostsRead:N0} posts re-read; their weeks and months re-unioned) in {lateTime.TotalSeconds:F1} s");
    var (again, againTime) = await bench.TimedRollupAsync(ct);
    Line($"- Rollup again: {again.DaysRebuilt} days rebuilt, {againTime.TotalMilliseconds:F0} ms");
}

Line("");

var range = await bench.Cube.GetPostRangeAsync(ct) ?? throw new InvalidOperationException("empty");
var lastFullWeek = TimeBuckets.BucketStart(range.Last.AddDays(1), BucketInterval.Week).AddDays(-1);
var weeksFrom = lastFullWeek.AddDays(1 - (52 * 7));
var topSpecialty = "Cardiology";
ReadCase[] cases =
[
    new("50 terms x 52 weeks, all members", BucketInterval.Week, SegmentBy.None, weeksFrom, lastFullWeek, null),
    new($"50 terms x 52 weeks, {topSpecialty} only (one-segment read)", BucketInterval.Week, SegmentBy.Specialty, weeksFrom, lastFullWeek, topSpecialty, ReadOneSegment: true),
    new($"50 terms x 52 weeks, {topSpecialty} map from the all-specialties slice", BucketInterval.Week, SegmentBy.Specialty, weeksFrom, lastFullWeek, topSpecialty),
    new("50 terms x 52 weeks, CA only (one-segment read)", BucketInterval.Week, SegmentBy.State, weeksFrom, lastFullWeek, "CA", ReadOneSegment: true),
    new("50 terms x 52 weeks, CA map from the all-states slice", BucketInterval.Week, SegmentBy.State, weeksFrom, lastFullWeek, "CA"),
    new("50 terms x 12 months, all members", BucketInterval.Month, SegmentBy.None,
        TimeBuckets.BucketStart(lastFullWeek, BucketInterval.Month).AddMonths(-12), TimeBuckets.BucketStart(lastFullWeek, BucketInterval.Month).AddDays(-1), null),
    new("50 terms x 52 weeks, range cut mid-week both ends", BucketInterval.Week, SegmentBy.None, weeksFrom.AddDays(3), lastFullWeek.AddDays(-3), null),
];
// Warm-up: a serving host runs these paths all day, so time them after tiered JIT has optimised them.
for (var warm = 0; warm < 6; warm++)
{
    foreach (var read in cases)
    {
        await bench.MeasureAsync(read with { }, 5, warm == 0 ? 1 : 0, ct);
    }
}

foreach (var read in cases)
{
    await bench.MeasureAsync(read, runs, peerRuns, ct);
}

Line($"Heat-map reads for client `acme` (slice from the cube + HeatMapBuilder with k = 5), {runs} timed runs after 36 warm-up reads per case; peer = the same slice recounted from day rows only (`GetSliceFromDaysAsync`), {peerRuns} runs interleaved:");
Line("");
Line("| case | cells (suppressed) | cube median ms | cube p95 ms | cube CPU ms (slice read) | peer median ms | peer p95 ms | peer / cube | same heat map |");
Line("|---|---|---|---|---|---|---|---|---|");
foreach (var read in cases)
{
    var cubeMedian = Percentile(read.CubeMs, 0.5);
    var peerMedian = Percentile(read.PeerMs, 0.5);
    Line(FormattableString.Invariant(
        $"| {read.Name} | {read.Cells:N0} ({read.Suppressed:N0}) | **{cubeMedian:F1}** | {Percentile(read.CubeMs, 0.95):F1} | {Percentile(read.CubeCpuMs, 0.5):F0} ({Percentile(read.SliceOnlyCpuMs, 0.5):F0}) | {peerMedian:F0} | {Percentile(read.PeerMs, 0.95):F0} | x{peerMedian / cubeMedian:F0} | {(read.Identical ? "yes" : "**NO**")} |"));
}

Line("");
Line($"Load after: `{Uptime()}`");
var results = args[4];
await File.WriteAllTextAsync(results, report.ToString(), ct);
Console.WriteLine($"wrote {results}");
return cases.All(c => c.Identical) ? 0 : 1;

long Scalar(string sql)
{
    using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
}

static double Percentile(List<double> values, double p)
{
    if (values.Count == 0)
    {
        return double.NaN;
    }

    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

static string Uptime()
{
    using var process = Process.Start(new ProcessStartInfo("uptime") { RedirectStandardOutput = true })!;
    var text = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return text;
}
