using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Forum.Engine;
using Sermo.Forum.Seeding;
using Sermo.Ingest.Pipeline;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Clients;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// The system the fuzz targets hit: a real data folder (SQLite) with a small sample forum, a file drop, a client with a
/// published report and an API key, its search index on PostgreSQL too, and the <c>serve</c> web app on real Kestrel.
/// </summary>
internal sealed class FuzzWorld : IAsyncDisposable
{
    public const string PushToken = "fuzz-push-token-0123456789";
    public const string Client = "northwind-cardio";

    private readonly TempDataFolder _root;

    private FuzzWorld(TempDataFolder root, WebApplication web, Uri address, string clientKey, string reportName)
    {
        (_root, Web, ClientKey, ReportName) = (root, web, clientKey, reportName);
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Root => _root;

    public string Data => Path.Combine(Root, "data");

    /// <summary>Where CLI inputs may write: fuzzed paths never leave it.</summary>
    public string Sandbox => Path.Combine(Root, "sandbox");

    public WebApplication Web { get; }

    public HttpClient Http { get; }

    public string ClientKey { get; }

    public string ReportName { get; }

    public IServiceProvider Services => Web.Services;

    public static async Task<FuzzWorld> StartAsync(string samples, string postgres)
    {
        var root = new TempDataFolder("fuzz");
        Directory.CreateDirectory(Path.Combine(root, "sandbox"));
        var data = DataFolder.Resolve(Path.Combine(root, "data"), create: true);
        // The one `serve` host on a free loopback port, composed as the verb composes it.
        var web = SermoWeb.Build(data, verbose: false, new Dictionary<string, string?>
        {
            [ServeOptions.Key(nameof(ServeOptions.Port))] = "0",
            ["Ingest:Push:Token"] = PushToken,
            ["Search:Provider"] = "postgres",
            ["Search:PostgresConnectionString"] = postgres,
            // The forum's per-member limits at their maximum, so fuzzed forms reach their handlers, not the limiter
            // (sign-ins keep theirs: the fuzz posts to the sign-in and registration forms too, and meets it).
            ["Forum:Web:PostsPerMinute"] = "1000",
            ["Forum:Web:ActionsPerMinute"] = "10000",
        }, workers: false);
        var services = web.Services;
        var forum = await SampleForumReader.ReadAsync(Path.Combine(samples, "forum"), CancellationToken.None);
        var threads = forum.Threads.Where((_, i) => i % 10 == 0).ToList();
        var kept = threads.Select(t => t.ThreadId).ToHashSet(StringComparer.Ordinal);
        await services.GetRequiredService<ForumEngine>().ImportAsync(
            new ForumSnapshot(forum.Members, threads, forum.Posts.Where(p => kept.Contains(p.ThreadId)).ToList()), CancellationToken.None);
        var (client, _) = await ClientFile.ReadAsync(Path.Combine(samples, "clients", Client + ".json"), CancellationToken.None);
        client = client with { ReportsJson = """[{ "id": "weekly", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week", "formats": ["csv", "html"], "lookback": 12 }]""" };
        await services.GetRequiredService<IClientRegistry>().UpsertAsync(client, CancellationToken.None);

        await services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);
        var cube = services.GetRequiredService<IHeatMapCube>();
        await cube.RollupAsync(CancellationToken.None);
        var last = (await cube.GetPostRangeAsync(CancellationToken.None))!.Value.Last;
        var run = await services.GetRequiredService<ClientReportRunner>().RunAsync(client, ReportDefinition.ParseAll(client.ClientId, client.ReportsJson).Single(), last, CancellationToken.None);
        var key = await services.GetRequiredService<IClientApiKeys>().IssueAsync(Client, DateTimeOffset.UtcNow, CancellationToken.None);

        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FuzzWorld(root, web, new Uri(address), key, Path.GetFileName(run.Folder));
    }

    /// <summary>Every source ingest reads now, each run to its end, with its own summary (what the cycle does, source by source).</summary>
    public async Task<IReadOnlyList<(string Source, IngestRunSummary Summary)>> IngestEachSourceAsync()
    {
        var pipeline = Services.GetRequiredService<IngestPipeline>();
        var summaries = new List<(string, IngestRunSummary)>();
        foreach (var source in Services.GetRequiredService<IngestSources>().Current())
        {
            summaries.Add((source.Name, await pipeline.RunAsync(source, null, CancellationToken.None)));
        }

        return summaries;
    }

    /// <summary>Refused records of one source not yet replayed, and whether every row has a reason and a detail.</summary>
    public (long Records, bool AllExplained) DeadLetters(string source)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Data, "sermo.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT coalesce(SUM(records), 0), coalesce(MIN(length(trim(reason)) > 0 AND length(trim(detail)) > 0), 1)
            FROM dead_letters WHERE source = $source AND replayed_at IS NULL
            """;
        command.Parameters.AddWithValue("$source", source);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1) == 1);
    }

    /// <summary>Dead-letter rows whose reason or detail holds <paramref name="marker"/> (text of the refused line itself).</summary>
    public long DeadLettersQuoting(string marker)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Data, "sermo.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM dead_letters WHERE instr(reason, $marker) > 0 OR instr(detail, $marker) > 0";
        command.Parameters.AddWithValue("$marker", marker);
        return (long)command.ExecuteScalar()!;
    }

    public static MediaTypeHeaderValue Json => new("application/json");

    public static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Web.StopAsync();
        await Web.DisposeAsync();
        _root.Dispose();
    }
}
