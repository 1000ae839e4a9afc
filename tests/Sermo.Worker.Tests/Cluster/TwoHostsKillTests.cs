using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Postgres;
using Sermo.Storage.Postgres.Cube;
using Sermo.TestSupport;
using Sermo.Worker.Tests.Reports;
using SentimentLabel = Sermo.Analytics.Tagging.Sentiment;

namespace Sermo.Worker.Tests.Cluster;

/// <summary>
/// Issue 20: two real <c>sermo ingest --watch</c> processes share one PostgreSQL store (posts, cube, checkpoints, leases,
/// search) and one drop folder. One is SIGKILLed while it holds sources mid-ingest; the other takes them over when their
/// leases expire. Afterwards every source post is stored exactly once, the search index holds exactly the stored posts,
/// and the cube equals a recount from the posts.
/// </summary>
public sealed class TwoHostsKillTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private const int Files = 10;
    private const int PostsPerFile = 600;
    private const int Total = Files * PostsPerFile;
    private static readonly DateOnly FirstDay = new(2026, 9, 1);
    private static readonly string[] Brands = ["Eliquis", "Ozempic", "Humira", "metformin", "Jardiance"];

    private static readonly Watchlist Acme = new("acme", "Acme Pharma", "pharma",
    [
        new WatchlistTerm("Eliquis", ["eliquis", "apixaban"]),
        new WatchlistTerm("Ozempic", ["ozempic", "semaglutide"]),
        new WatchlistTerm("Bleeding", ["bleeding"]),
    ]);

    private readonly PostgresDatabase _postgres;
    private readonly TempDataFolder _root = new("two-hosts");

    public TwoHostsKillTests(PostgresDatabase postgres)
    {
        _postgres = postgres;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _root.Dispose();
    }

    [Fact]
    public async Task TwoHosts_OneKilledMidIngest_EveryPostStoredOnceSearchMatchesAndCubeEqualsRecount()
    {
        var drop = WriteDropFiles();
        var (a, b) = (DataFolder("a", drop), DataFolder("b", drop));
        await using var store = Store();
        await new ClientRegistry(store).UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, Acme, "[]"), CancellationToken.None);

        using var first = WorkerProcess.Start(Environment(), "ingest", "--watch", "--data", a);
        using var second = WorkerProcess.Start(Environment(), "ingest", "--watch", "--data", b);
        // The sources A holds are taken in the same look that finds it busy: a second look could come after A let go. Only
        // a source A has committed less than half of counts, so A cannot drain it in the moment between the look and the kill.
        List<string> heldByFirst = [];
        var busy = await ReportHosts.WaitUntilAsync(async () => await CountAsync("SELECT count(*) FROM posts") >= Total / 4
            && (heldByFirst = await SourcesHeldBeforeHalfwayByAsync(first.Id)).Count > 0,
            TimeSpan.FromMinutes(4));
        busy.Should().BeTrue($"host A should be mid-ingest; A: {first.Output}\nB: {second.Output}");
        first.Kill();
        var atKill = await CountAsync("SELECT count(*) FROM posts");
        // A may finish and release a source between that look and the kill; such a source never changes hands. What A held
        // at its death: its leases still live now, and those of the sources seen held that B has already taken.
        var heldAtKill = (await SourcesHeldByAsync(first.Id))
            .Union(await StringsAsync($"SELECT source FROM source_leases WHERE source = ANY('{{{string.Join(',', heldByFirst)}}}') AND token > 1"))
            .ToList();
        // A source A drained (its file moved to processed/) but died before releasing has nothing left to take over: its
        // lease only has to expire. The ones still in the drop folder at A's death are the ones B must take.
        var undrainedAtKill = Directory.EnumerateFiles(drop, "*.jsonl").Select(f => "drop:" + Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
        var unfinishedAtKill = heldAtKill.Where(undrainedAtKill.Contains).ToList();

        var done = await ReportHosts.WaitUntilAsync(async () => await CountAsync("SELECT count(*) FROM posts") == Total
            && await CountAsync("SELECT count(*) FROM search_posts") == Total
            && await CountAsync($"SELECT count(*) FROM checkpoints WHERE source LIKE 'drop:%'") == Files
            && (await SourcesHeldByAsync(first.Id)).Count == 0,
            TimeSpan.FromMinutes(4));
        var seen = $"posts {await CountAsync("SELECT count(*) FROM posts")}, indexed {await CountAsync("SELECT count(*) FROM search_posts")}, " +
            $"held by the killed host {string.Join(", ", await SourcesHeldByAsync(first.Id))}; B: {second.Output}";
        second.Kill();

        atKill.Should().BeLessThan(Total, "the kill came mid-ingest");
        unfinishedAtKill.Should().NotBeEmpty($"A held a source it had not drained when it was killed (held {string.Join(", ", heldAtKill)})");
        done.Should().BeTrue($"host B should finish every file, and the killed host's leases expire, within a lease and a poll of the kill ({seen})");
        await AssertEveryPostStoredOnceAsync(drop);
        (await CountAsync($"SELECT count(*) FROM source_leases WHERE source = ANY('{{{string.Join(',', unfinishedAtKill)}}}') AND token > 1"))
            .Should().Be(unfinishedAtKill.Count, "each source the killed host held undrained changed hands");
        await AssertCubeEqualsRecountAsync(store);
    }

    private async Task AssertEveryPostStoredOnceAsync(string drop)
    {
        var stored = await StringsAsync("SELECT post_id FROM posts");
        // Drained files wait in drop/processed/ (decision 097).
        var sourceIds = Directory.EnumerateFiles(drop, "*.jsonl", SearchOption.AllDirectories).SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToList();
        sourceIds.Should().HaveCount(Total);
        stored.Should().HaveCount(Total).And.OnlyHaveUniqueItems();
        var bySourceId = stored.GroupBy(id => id[(id.LastIndexOf(':') + 1)..]).ToDictionary(g => g.Key, g => g.Count());
        sourceIds.Should().OnlyContain(id => bySourceId.GetValueOrDefault(id) == 1, "each source post is stored exactly once");
        (await CountAsync("SELECT count(*) FROM dead_letters")).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM search_posts s LEFT JOIN posts p ON p.post_id = s.post_id WHERE p.post_id IS NULL")).Should().Be(0);
        foreach (var file in Directory.EnumerateFiles(drop, "*.jsonl", SearchOption.AllDirectories))
        {
            var checkpoint = await StringsAsync($"SELECT cursor FROM checkpoints WHERE source LIKE '%{Path.GetFileName(file)}'");
            checkpoint.Should().ContainSingle().Which.Should().EndWith(":" + new FileInfo(file).Length.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static async Task AssertCubeEqualsRecountAsync(PostgresStoreDatabase store)
    {
        var cube = new PostgresHeatMapCube(store, new ClientRegistry(store));
        await cube.RollupAsync(CancellationToken.None);
        var last = FirstDay.AddDays(59);
        var slice = await cube.GetSliceAsync("acme", BucketInterval.Week, FirstDay, last, SegmentBy.Specialty, CancellationToken.None);

        var posts = await StoredPostsAsync(store);
        var matcher = new WatchlistMatcher(Acme);
        var mentions = posts.SelectMany(p => matcher.Match(p).Select(m => (Post: p, Mention: m))).ToList();
        var expected = mentions
            .GroupBy(x => (Term: Acme.Terms[x.Mention.TermIndex].Label, Bucket: TimeBuckets.BucketStart(DateOnly.FromDateTime(x.Post.CreatedAt.UtcDateTime), BucketInterval.Week), x.Post.Specialty))
            .Select(g => new CubeAggregate(g.Key.Term, g.Key.Bucket, g.Key.Specialty, g.Count(), g.Select(x => x.Post.AuthorKey).Distinct().Count(),
                g.Count(x => x.Mention.Sentiment == SentimentLabel.Positive), g.Count(x => x.Mention.Sentiment == SentimentLabel.Neutral),
                g.Count(x => x.Mention.Sentiment == SentimentLabel.Negative), g.Count(x => x.Mention.AdverseEvent),
                g.Where(x => x.Mention.Aspect is not null)
                    .GroupBy(x => x.Mention.Aspect!.Name)
                    .OrderBy(a => a.Key)
                    .Select(a => new AspectCount(a.Key, a.Count(), a.Count(x => x.Mention.Aspect!.Polarity == SentimentLabel.Positive), a.Count(x => x.Mention.Aspect!.Polarity == SentimentLabel.Negative)))
                    .ToList()))
            .ToList();

        expected.Should().NotBeEmpty();
        // Aspect cues have their own recount in the store's contract tests (AspectCueCubeContract).
        slice.Cells.Should().BeEquivalentTo(expected, o => o.Excluding(c => c.Cues), "the cube equals a recount from the stored posts");
    }

    private static async Task<List<TaggedPost>> StoredPostsAsync(PostgresStoreDatabase store)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(
            "SELECT post_id, source, author_key, created_at, specialty, state, text, sentiment, entities_json, adverse_json FROM posts", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var posts = new List<TaggedPost>();
        while (await reader.ReadAsync())
        {
            posts.Add(new TaggedPost(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), 0,
                PostJson.Entities(reader.GetString(8)), PostJson.AdverseEvents(reader.GetString(9)), (SentimentLabel)reader.GetInt32(7), 0));
        }

        return posts;
    }

    /// <summary>Physician-like posts by 150 authors over 60 days, each file a source of its own.</summary>
    private string WriteDropFiles()
    {
        var drop = Path.Combine(_root, "shared-drop");
        Directory.CreateDirectory(drop);
        var random = new Random(20);
        string[] specialties = ["Cardiology", "Endocrinology", "Family Medicine", "Internal Medicine"];
        string[] states = ["CA", "TX", "NY", "OH"];
        for (var f = 0; f < Files; f++)
        {
            var lines = Enumerable.Range(0, PostsPerFile).Select(i =>
            {
                var brand = Brands[random.Next(Brands.Length)];
                var text = random.Next(3) switch
                {
                    0 => $"Started {brand} last month in a patient with afib, no bleeding so far and good adherence.",
                    1 => $"Switched from {brand} after minor bleeding; the patient prefers fewer pills and is doing well.",
                    _ => $"Anyone seeing nausea with {brand}? Two of my patients stopped it after a few weeks.",
                };
                var at = FirstDay.AddDays(random.Next(60)).ToDateTime(new TimeOnly(random.Next(24), random.Next(60)));
                return JsonSerializer.Serialize(new
                {
                    id = $"f{f}-p{i}",
                    author = $"ext-{random.Next(150)}",
                    createdAt = new DateTimeOffset(at, TimeSpan.Zero),
                    specialty = specialties[random.Next(specialties.Length)],
                    state = states[random.Next(states.Length)],
                    text,
                });
            });
            File.WriteAllLines(Path.Combine(drop, $"batch-{f:00}.jsonl"), lines);
        }

        return drop;
    }

    /// <summary>A host's data folder: the shared author-key and release secrets and the shared drop folder (a symbolic link), nothing else.</summary>
    private string DataFolder(string name, string drop)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(folder, "outbox"));
        File.WriteAllText(Path.Combine(folder, Sermo.Worker.Hosting.DataFolder.SecretFile), "c2VybW8tdHdvLWhvc3RzLXNoYXJlZC1zZWNyZXQtMDE=");
        File.WriteAllText(Path.Combine(folder, Sermo.Worker.Hosting.DataFolder.ReleaseSecretFile), "c2VybW8tdHdvLWhvc3RzLXJlbGVhc2Utc2VjcmV0LTAx");
        Directory.CreateSymbolicLink(Path.Combine(folder, "drop"), drop);
        return folder;
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["SERMO_Storage__Provider"] = "postgres",
        ["SERMO_Storage__PostgresConnectionString"] = _postgres.ConnectionString,
        ["SERMO_Search__Provider"] = "postgres",
        ["SERMO_Search__PostgresConnectionString"] = _postgres.ConnectionString,
        ["SERMO_Ingest__BatchSize"] = "100",
        ["SERMO_Ingest__LeaseDuration"] = "00:00:03",
        ["SERMO_Ingest__PollInterval"] = "00:00:01",
    };

    private PostgresStoreDatabase Store() =>
        new(Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = "unused", PostgresConnectionString = _postgres.ConnectionString }));

    private async Task<List<string>> SourcesHeldByAsync(int processId) =>
        await StringsAsync($"SELECT source FROM source_leases WHERE holder LIKE '%:{processId}:%' AND source LIKE 'drop:%' AND expires_at > clock_timestamp()");

    private async Task<List<string>> SourcesHeldBeforeHalfwayByAsync(int processId) =>
        await StringsAsync("SELECT l.source FROM source_leases l LEFT JOIN checkpoints c ON c.source = l.source " +
            $"WHERE l.holder LIKE '%:{processId}:%' AND l.source LIKE 'drop:%' AND l.expires_at > clock_timestamp() " +
            $"AND coalesce(split_part(c.cursor, ':', 1)::int, 0) < {PostsPerFile / 2}");

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the hosts have not created the search table yet
        }
    }

    private async Task<List<string>> StringsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
