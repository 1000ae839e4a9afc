using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.Ingestion;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Crash;

/// <summary>
/// What a SIGKILLed <c>sermo ingest</c> leaves behind besides its committed batches: the lease on the source it was
/// reading, held by a process that no longer exists until it expires. The next one-shot <c>ingest</c> must read that
/// source once the lease is free, not skip it and end with exit 0 as if every source had been read (the crash suite
/// lost a whole drop file that way once, seed 340036869). The lease is planted directly, so the state is exactly
/// the one a kill leaves, without depending on when the kill lands.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class KilledRunLeaseTests : IDisposable
{
    private const string DropSource = "drop:late.jsonl";
    private const int Posts = 6;

    private readonly TempDataFolder _folder = new("killed-lease");

    public void Dispose()
    {
        _folder.Dispose();
    }

    [Fact]
    public async Task Ingest_SourceLeasedByAKilledRun_WaitsOutTheLeaseAndReadsIt()
    {
        await PrepareAsync(holdFor: TimeSpan.FromMinutes(10));

        // The verb says (verbose) that it waits for the source; only then does the killed run's lease run out, so
        // the order is fixed whatever the machine's speed. A verb that skips the source ends before that line.
        using var run = SermoProcess.Start(Settings(), "ingest", "--verbose", "--data", _folder);
        while (!run.Output.Contains("Waiting for " + DropSource, StringComparison.Ordinal) && !await run.ExitedWithinAsync(TimeSpan.FromMilliseconds(200)))
        {
        }

        await ExpireLeaseAsync();
        (await run.WaitAsync(TimeSpan.FromMinutes(2))).Should().Be(0, run.Output);
        StoreState.Posts(new SqliteCrashBackend(), _folder).Should().HaveCount(Posts, "the killed run's source is read once its lease expires: " + run.Output);
    }

    [Fact]
    public async Task Ingest_SourceLeasedThroughoutTheWait_ExitsOneNamingTheSource()
    {
        await PrepareAsync(holdFor: TimeSpan.FromMinutes(10));

        using var run = SermoProcess.Start(Settings(), "ingest", "--data", _folder);

        (await run.WaitAsync(TimeSpan.FromMinutes(2))).Should().Be(1, run.Output);
        run.Output.Split('\n').Where(l => l.StartsWith("not read: ", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain(DropSource);
        StoreState.Posts(new SqliteCrashBackend(), _folder).Should().BeEmpty();
    }

    /// <summary>A data folder with one drop file whose source a vanished holder leases for <paramref name="holdFor"/>.</summary>
    private async Task PrepareAsync(TimeSpan holdFor)
    {
        var data = DataFolder.Resolve(_folder, create: true);
        using (var host = SermoHost.Build(data, verbose: false))
        {
            var leases = host.Services.GetRequiredService<ISourceLeases>();
            (await leases.TryAcquireAsync(DropSource, "host:4242:killed", holdFor, CancellationToken.None)).Should().NotBeNull();
        }

        SqliteConnection.ClearAllPools();
        var lines = Enumerable.Range(1, Posts).Select(i =>
            $$"""{"id": "late-{{i}}", "author": "partner-{{i % 3}}", "createdAt": "2026-01-0{{i}}T10:00:00Z", "text": "Eliquis dose question number {{i}}"}""");
        await File.WriteAllLinesAsync(Path.Combine(data.DropFolder, "late.jsonl"), lines);
    }

    /// <summary>What the killed run's lease does when its duration is up (as LeasedSourceIngestTests does).</summary>
    private async Task ExpireLeaseAsync()
    {
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "sermo.db")}"))
        {
            await connection.OpenAsync();
            await using var expire = connection.CreateCommand();
            expire.CommandText = "UPDATE source_leases SET expires_at = 0 WHERE source = $source";
            expire.Parameters.AddWithValue("$source", DropSource);
            (await expire.ExecuteNonQueryAsync()).Should().Be(1);
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>A short lease, so the verb's wait (two leases) stays a few seconds.</summary>
    private static Dictionary<string, string> Settings() => new() { ["SERMO_Ingest__LeaseDuration"] = "00:00:04" };
}
