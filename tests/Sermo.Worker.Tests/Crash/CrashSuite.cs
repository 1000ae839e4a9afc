using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Reports.Delivery;
using Sermo.Worker.Hosting;
using Sermo.Worker.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Sermo.Worker.Tests.Crash;

/// <summary>
/// Kills real <c>sermo ingest</c> and <c>sermo report</c> processes (ingest, then the cube rollup; rollup, then the
/// report runs) with SIGKILL at random moments, at least <see cref="Kills"/> times, restarting each time, while new
/// drop files and forum deletions arrive and a reader keeps listing the reports the API would serve. Afterwards the
/// folder must hold exactly what one uncrashed run over the same sources holds: every post once, every refused record
/// once, a cube equal to a recount from the posts, and only whole reports, ever.
/// The randomness is seeded (SERMO_CRASH_SEED repeats a run); the seed is printed. The same suite runs on each store
/// backend (<see cref="CrashSuiteSqliteTests"/>, <see cref="CrashSuitePostgresTests"/>).
/// </summary>
public abstract class CrashSuite(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 20;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    private readonly TempDataFolder _root = new("crash");

    private string Crashed => Path.Combine(_root, "crashed");

    private string Reference => Path.Combine(_root, "reference");

    internal abstract CrashBackend Backend { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Backend.DropAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task IngestRollupAndReports_KilledAtRandomTwentyTimes_EndAsOneUncrashedRun()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SERMO_CRASH_SEED"), CultureInfo.InvariantCulture, out var given) ? given : Random.Shared.Next();
        output.WriteLine($"crash suite on {Backend}, seed {seed} (SERMO_CRASH_SEED={seed} repeats this run)");
        var random = new Random(seed);
        var data = await CrashData.CreateAsync(RepositoryPaths.Samples, random);
        await data.SeedAsync(Backend, Crashed);
        await Backend.CopyAsync(Crashed, Reference);
        DataFolder.Resolve(Reference, create: true);

        var log = await KillRepeatedlyAsync(data, random);
        output.WriteLine(log.Summary);
        log.Kills.Should().BeGreaterThanOrEqualTo(Kills, $"seed {seed}");
        log.PartialReports.Should().BeEmpty($"no partial report may ever be listed (seed {seed})");

        // The last runs go to the end; the reference does the same work once, uncrashed, over the same sources.
        await RunToEndAsync(Crashed, data, "ingest");
        await RunToEndAsync(Crashed, data, "report", "--as-of", data.AsOf);
        for (var file = 0; file < data.DropFiles; file++)
        {
            await data.AddDropFileAsync(Reference, file);
        }

        await data.ApplyForumChangesAsync(Backend, Reference);
        await RunToEndAsync(Reference, data, "ingest");
        await RunToEndAsync(Reference, data, "report", "--as-of", data.AsOf);

        var (posts, referencePosts) = (StoreState.Posts(Backend, Crashed), StoreState.Posts(Backend, Reference));
        posts.SequenceEqual(referencePosts).Should().BeTrue($"every source post is stored exactly once (seed {seed}); {StoreState.Difference(posts, referencePosts)}");
        var (letters, referenceLetters) = (StoreState.DeadLetters(Backend, Crashed), StoreState.DeadLetters(Backend, Reference));
        letters.SequenceEqual(referenceLetters).Should().BeTrue($"every refused record is dead-lettered once (seed {seed}); {StoreState.Difference(letters, referenceLetters)}");
        var cube = await StoreState.CubeAsync(Backend, Crashed, data.ClientIds);
        cube.Should().Be(await StoreState.RecountedCubeAsync(Backend, Crashed, data.ClientIds), $"the cube equals a recount from the posts (seed {seed})");
        cube.Should().Be(await StoreState.CubeAsync(Backend, Reference, data.ClientIds), $"and the uncrashed run's cube (seed {seed})");
        (await PartialReportsAsync()).Should().BeEmpty($"seed {seed}");
        ListedReports(Crashed).Should().Equal(ListedReports(Reference), $"seed {seed}");
    }

    /// <summary>Alternates ingest and report runs, killing each at a random moment, until enough kills landed.</summary>
    private async Task<KillLog> KillRepeatedlyAsync(CrashData data, Random random)
    {
        var log = new KillLog();
        using var watching = new CancellationTokenSource();
        var watcher = WatchReportsAsync(log, watching.Token);
        // How long a run takes here, learnt from runs that finished; kills are spread over that span.
        var typical = TimeSpan.FromSeconds(6);
        for (var run = 0; log.Kills < Kills; run++)
        {
            if (run == 4 || run == 10)
            {
                await data.AddDropFileAsync(Crashed, run == 4 ? 1 : 2);
            }

            if (run == 7)
            {
                await data.ApplyForumChangesAsync(Backend, Crashed);
            }

            string[] args = run % 3 == 2 ? ["report", "--as-of", data.AsOf] : ["ingest"];
            var delay = TimeSpan.FromMilliseconds(random.Next(200, (int)typical.TotalMilliseconds));
            using var child = SermoProcess.Start(ChildSettings(Crashed), [.. args, "--data", Crashed]);
            if (await child.ExitedWithinAsync(delay))
            {
                child.ExitCode.Should().Be(0, child.Output);
                typical = TimeSpan.FromMilliseconds((typical.TotalMilliseconds + (child.Elapsed.TotalMilliseconds * 1.2)) / 2);
                log.Finished(args[0], child.Elapsed);
                continue;
            }

            await child.KillAsync();
            log.Killed(args[0], delay);
            run.Should().BeLessThan(Kills * 4, "runs keep finishing before the kill: " + log.Summary);
        }

        await watching.CancelAsync();
        await watcher;
        return log;
    }

    /// <summary>Keeps listing every client's reports as the API would, checking each listed one is whole.</summary>
    private async Task WatchReportsAsync(KillLog log, CancellationToken stop)
    {
        using var host = SermoHost.Build(DataFolder.Resolve(Crashed, create: false), verbose: false, Backend.Settings(Crashed));
        var reader = host.Services.GetRequiredService<ClientReportReader>();
        var clients = new[] { "northwind-cardio", "contoso-metabolic" };
        while (!stop.IsCancellationRequested)
        {
            log.Checked(await StoreState.PartialReportsAsync(reader, Path.Combine(Crashed, "outbox"), clients));
            try
            {
                await Task.Delay(250, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<IReadOnlyList<string>> PartialReportsAsync()
    {
        using var host = SermoHost.Build(DataFolder.Resolve(Crashed, create: false), verbose: false, Backend.Settings(Crashed));
        return await StoreState.PartialReportsAsync(host.Services.GetRequiredService<ClientReportReader>(), Path.Combine(Crashed, "outbox"),
            ["northwind-cardio", "contoso-metabolic"]);
    }

    private async Task RunToEndAsync(string folder, CrashData data, params string[] args)
    {
        using var child = SermoProcess.Start(ChildSettings(folder), [.. args, "--data", folder]);
        (await child.WaitAsync(RunTimeout)).Should().Be(0, child.Output);
    }

    /// <summary>
    /// Small batches, so a killed ingest has committed some and not others. A short lease: a killed ingest leaves the
    /// source it was reading leased until the lease expires, and the next run waits that out before reading it; with
    /// the default 20 s most kills would land in that wait instead of in the pipeline.
    /// </summary>
    private Dictionary<string, string> ChildSettings(string folder) => new(Backend.Environment(folder))
    {
        ["SERMO_Ingest__BatchSize"] = "40",
        ["SERMO_Ingest__LeaseDuration"] = "00:00:03",
        ["SERMO_Reports__ExcerptTerms"] = "3",
    };

    /// <summary>Published report folders with their file names (not their bytes: a rendering carries its own time).</summary>
    private static IReadOnlyList<string> ListedReports(string folder) =>
        Directory.EnumerateDirectories(Path.Combine(folder, "outbox"))
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(client => Directory.EnumerateDirectories(client).Where(d => !Path.GetFileName(d).StartsWith('.')))
            .Select(report => Path.GetRelativePath(Path.Combine(folder, "outbox"), report) + ": "
                + string.Join(",", Directory.EnumerateFiles(report).Select(Path.GetFileName).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
