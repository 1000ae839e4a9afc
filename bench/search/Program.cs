using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.SearchBench;
using Sermo.Storage;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Postgres;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.Storage.Sqlite;
using Sermo.TestSupport;

// Search benchmark: generate N tagged posts, load them into SQLite FTS5 and PostgreSQL (GIN live) in the same run,
// then run 20 analyst queries (page of 20 + weekly histogram + facets) and report load rate and latency percentiles.
// Usage (repository root): source .ci/postgres && bench/search/run.sh [posts] [runs]
// A third backend, elasticsearch, runs against the cluster at SERMO_TEST_ELASTICSEARCH (no cluster can run here).
var posts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var backends = (args.Length > 2 ? args[2] : "sqlite,postgres").Split(',');
var output = args.Length > 3 ? args[3] : "bench/search/results-latest.md";
const int BatchSize = 5_000;
// For before/after comparisons on one data set: KEEP leaves both stores in place after the run, QUERIES_ONLY runs
// the queries against stores a kept run left (no generation, no load).
var keep = Environment.GetEnvironmentVariable("SEARCH_BENCH_KEEP") == "1";
// SEARCH_BENCH_WAL_PAGES overrides Storage:WalCheckpointPages for the SQLite store.
var queriesOnly = Environment.GetEnvironmentVariable("SEARCH_BENCH_QUERIES_ONLY") == "1";

string[] queries =
[
    "eliquis", // the selective term query the target names
    "eliquis OR apixaban",
    "\"atrial fibrillation\" AND NOT warfarin",
    "metfor*",
    "brand:humira",
    "disease:E11",
    "specialty:cardiology bleeding",
    "sentiment:negative brand:xarelto",
    "ae:true brand:eliquis",
    "(eliquis OR xarelto) bleeding",
    "\"heart failure\" date:2026-01-01..2026-03-31",
    "insulin NOT metformin",
    "state:TX disease:I48",
    "ozempic OR wegovy OR mounjaro",
    "generic:semaglutide",
    "\"chronic kidney disease\" specialty:nephrology",
    "keytruda rash",
    "disease:C50 sentiment:positive",
    "atorva* myalgia",
    "brand:jardiance date:2025-06-01..2025-12-31",
];

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"# Search benchmark — {posts:N0} posts, {runs} timed runs per query, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet Sermo.SearchBench.dll {string.Join(' ', args)}` (bench/search/run.sh); load average at start: {LoadAverage()}");
report.AppendLine();
if (backends.Contains("postgres"))
{
    // Read from the server itself, so a figure cannot be labelled durable when the server ran without fsync.
    report.AppendLine(CultureInfo.InvariantCulture, $"PostgreSQL server settings (SHOW): {await PostgresSettingsAsync()}");
    report.AppendLine();
}

var summaries = new List<string>();
// CPU time of this process per query: for SQLite (in-process) it is the query's own cost, which a busy shared
// machine stretches less than wall time; for PostgreSQL it is only the client's share.
using var process = Process.GetCurrentProcess();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
foreach (var backend in backends)
{
    var (index, cleanup, analyze, finishLoad) = backend switch
    {
        "sqlite" => await SqliteAsync(fresh: !queriesOnly, keep: keep || queriesOnly),
        "postgres" => await PostgresAsync(fresh: !queriesOnly, keep: keep || queriesOnly),
        "elasticsearch" => await ElasticsearchAsync(fresh: !queriesOnly, keep: keep || queriesOnly),
        _ => throw new ArgumentException($"Unknown backend '{backend}'."),
    };

    var loadAtStart = LoadAverage();
    var clock = Stopwatch.StartNew();
    var loaded = 0;
    foreach (var batch in queriesOnly ? [] : SyntheticPosts.Batches(posts, BatchSize))
    {
        await index.IndexAsync(batch, CancellationToken.None);
        loaded += batch.Count;
        if (loaded % 100_000 == 0)
        {
            Console.Error.WriteLine($"{backend}: {loaded:N0} posts, {loaded / clock.Elapsed.TotalSeconds:N0}/s");
        }
    }

    if (!queriesOnly)
    {
        // What the ingest pipeline does when a source is drained (SQLite: fold the WAL into the file); timed as load.
        await finishLoad();
    }

    var loadSeconds = clock.Elapsed.TotalSeconds;
    report.AppendLine(CultureInfo.InvariantCulture, $"## {backend}");
    if (queriesOnly)
    {
        report.AppendLine("load: skipped (queries against the store a kept run left)");
    }
    else
    {
        await analyze();
        report.AppendLine(CultureInfo.InvariantCulture, $"load: {posts:N0} posts in {loadSeconds:N1} s = **{posts / loadSeconds:N0} posts/s** (batches of {BatchSize:N0}, indexes live)");
    }

    if (index is SqliteSearchIndex sqliteIndex)
    {
        // The in-memory search columns (decision 076) are built in the background from the first search on; the timed
        // queries measure a running server's searches, so the build is waited for and reported apart.
        var building = Stopwatch.StartNew();
        await index.SearchAsync(new SearchRequest(QueryParser.Parse(queries[0]), Size: 20), CancellationToken.None);
        await sqliteIndex.WhenColumnsBuiltAsync();
        report.AppendLine(CultureInfo.InvariantCulture, $"search columns: Search:ColumnRows {ColumnRows():N0}, first search and build {building.Elapsed.TotalSeconds:N1} s");
    }

    report.AppendLine();
    report.AppendLine("| query | hits | p50 ms | p95 ms | bench CPU p50 ms |");
    report.AppendLine("|---|---:|---:|---:|---:|");
    var all = new List<double>();
    var allCpu = new List<double>();
    double selectiveP95 = 0;
    foreach (var text in queries)
    {
        var request = new SearchRequest(QueryParser.Parse(text), Size: 20, Interval: BucketInterval.Week);
        var result = await index.SearchAsync(request, CancellationToken.None); // warm-up
        var times = new List<double>();
        var cpu = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await index.SearchAsync(request, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        all.AddRange(times);
        allCpu.AddRange(cpu);
        var p95 = Percentile(times, 0.95);
        if (text == queries[0])
        {
            selectiveP95 = p95;
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"| `{text.Replace("|", "\\|", StringComparison.Ordinal)}` | {result.Total:N0} | {Percentile(times, 0.5):N1} | {p95:N1} | {Percentile(cpu, 0.5):N1} |");
    }

    report.AppendLine(CultureInfo.InvariantCulture, $"| **all 20 queries** | | **{Percentile(all, 0.5):N1}** | **{Percentile(all, 0.95):N1}** | {Percentile(allCpu, 0.5):N1} |");
    report.AppendLine();
    report.AppendLine(CultureInfo.InvariantCulture, $"load average (1/5/15 min): {loadAtStart} before loading, {LoadAverage()} after the queries");
    report.AppendLine();
    summaries.Add($"{backend}: load {(queriesOnly ? "skipped" : $"{posts / loadSeconds:N0} posts/s")}; all queries p50 {Percentile(all, 0.5):N1} ms, p95 {Percentile(all, 0.95):N1} ms; selective term p95 {selectiveP95:N1} ms");
    await cleanup();
    // Each finished backend is on disk at once, so a run stopped later keeps it.
    await File.WriteAllTextAsync(output, report.ToString());
    Console.Error.WriteLine($"{backend}: done, {summaries[^1]}");
}

report.AppendLine("Summary:");
foreach (var line in summaries)
{
    report.AppendLine("- " + line);
}

await File.WriteAllTextAsync(output, report.ToString());
Console.WriteLine(report);
return 0;

// The machine is shared: every result says how busy it was (1, 5 and 15-minute load averages).
static int ColumnRows() =>
    int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_COLUMN_ROWS"), CultureInfo.InvariantCulture, out var rows) ? rows : new SearchOptions().ColumnRows;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = (int)Math.Ceiling(rank);
    return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
}

static Task<(ISearchIndex, Func<Task>, Func<Task>, Func<Task>)> SqliteAsync(bool fresh, bool keep)
{
    var folder = Path.Combine(Path.GetTempPath(), "sermo-search-bench");
    if (fresh && Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }

    Directory.CreateDirectory(folder);
    var connectionString = "Data Source=" + Path.Combine(folder, "store.db");
    var storage = new StorageOptions { ConnectionString = connectionString };
    // For before/after comparisons of the checkpoint interval; the product default otherwise.
    if (int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_WAL_PAGES"), CultureInfo.InvariantCulture, out var walPages))
    {
        storage.WalCheckpointPages = walPages;
    }

    var database = new SqliteDatabase(Options.Create(storage));
    var store = new SqliteIngestStore(database, TimeProvider.System);
    // Cache off: this bench repeats each query R times and times the search itself, not the match cache (decision 061).
    // SEARCH_BENCH_COLUMN_ROWS=0 turns the in-memory search columns off (decision 076): the same binary's text pass as peer.
    var index = new SqliteSearchIndex(database, store, Options.Create(new SearchOptions { CacheEntries = 0, ColumnRows = ColumnRows() }));
    return Task.FromResult<(ISearchIndex, Func<Task>, Func<Task>, Func<Task>)>((index,
        () =>
        {
            SqliteConnection.ClearAllPools();
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }

            return Task.CompletedTask;
        },
        async () =>
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "ANALYZE";
            await command.ExecuteNonQueryAsync();
        },
        () => store.CheckpointAsync(CancellationToken.None)));
}

static async Task<string> PostgresSettingsAsync()
{
    var admin = Environment.GetEnvironmentVariable("SERMO_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Start PostgreSQL first: source .ci/postgres");
    await using var connection = new NpgsqlConnection(admin);
    await connection.OpenAsync();
    var settings = new List<string>();
    var durable = true;
    foreach (var name in (string[])["fsync", "synchronous_commit", "full_page_writes", "wal_buffers", "shared_buffers", "max_wal_size"])
    {
        await using var show = new NpgsqlCommand("SHOW " + name, connection);
        var value = (string)(await show.ExecuteScalarAsync())!;
        settings.Add($"{name}={value}");
        if (name is "fsync" or "synchronous_commit" or "full_page_writes" && value == "off")
        {
            durable = false;
        }
    }

    return string.Join(", ", settings) + (durable ? " — **durable** (fsync, synchronous_commit, full_page_writes on)" : " — **fast and unsafe** (test server: a crash can lose or corrupt data)");
}

static async Task<(ISearchIndex, Func<Task>, Func<Task>, Func<Task>)> PostgresAsync(bool fresh, bool keep)
{
    var admin = Environment.GetEnvironmentVariable("SERMO_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Start PostgreSQL first: source .ci/postgres");
    const string Name = "sermo_search_bench";
    if (fresh)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE); CREATE DATABASE {Name}", connection);
        await drop.ExecuteNonQueryAsync();
    }

    var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name }.ConnectionString;
    var index = new PostgresSearchIndex(Options.Create(new SearchOptions { Provider = "postgres", PostgresConnectionString = connectionString }));
    return (index,
        async () =>
        {
            await index.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            if (keep)
            {
                return;
            }

            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        },
        async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE search_posts", connection);
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync();
        },
        () => Task.CompletedTask);
}

static async Task<(ISearchIndex, Func<Task>, Func<Task>, Func<Task>)> ElasticsearchAsync(bool fresh, bool keep)
{
    if (LiveElasticsearch.Url is not { } url)
    {
        await Console.Error.WriteLineAsync($"elasticsearch: set {LiveElasticsearch.EnvironmentVariable} to the cluster's URL (user:password@ may ride in it).");
        Environment.Exit(2);
        return default;
    }

    var options = LiveElasticsearch.Options(url, "sermo-search-bench");
    var client = ElasticsearchClientFactory.Create(options);
    var index = new ElasticsearchSearchIndex(client, Options.Create(new SearchOptions { Provider = "elasticsearch", Elasticsearch = options }), TimeProvider.System);
    try
    {
        await index.Cluster.EnsureReadableAsync(CancellationToken.None);
    }
    catch (SearchIndexUnavailableException ex)
    {
        await Console.Error.WriteLineAsync(ex.Message);
        Environment.Exit(2);
    }

    if (fresh)
    {
        await LiveElasticsearch.DropAsync(client, options.Alias);
    }

    return (index,
        () => keep ? Task.CompletedTask : LiveElasticsearch.DropAsync(client, options.Alias),
        // Every IndexAsync already refreshed; merging the month segments is what a loaded cluster does in the background.
        async () => await client.Indices.ForcemergeAsync(options.Alias, r => r.MaxNumSegments(1)),
        () => Task.CompletedTask);
}
