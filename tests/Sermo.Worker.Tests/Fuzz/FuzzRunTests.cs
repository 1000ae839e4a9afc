using System.Diagnostics;
using System.Globalization;
using Sermo.TestSupport;
using Sermo.Worker.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// Generated malformed input through every source (push, drop, forum feed), the query parser and every search
/// backend, every HTTP route and parameter, the portal's pages and forms, the forum's pages and forms, every verb, option and file argument, and the client files. The normal
/// suite runs a seeded slice (<see cref="SliceCases"/>); <c>tests/Sermo.Worker.Tests/Fuzz/run.sh</c> runs 10,000+ and
/// writes the results file (SERMO_FUZZ_CASES, SERMO_FUZZ_SEED, SERMO_FUZZ_RESULTS).
/// </summary>
// The command-line target captures the console: never beside other console tests.
[Collection("Console")]
public sealed class FuzzRunTests(PostgresDatabase postgres, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    private const int SliceCases = 400;

    /// <summary>Shares of the cases by target, in tenths of a percent (they add up to 1,000).</summary>
    private static readonly (string Target, int Share)[] Shares =
    [
        (QueryFuzz.Target, 190), (ApiFuzz.Target, 200), (IngestFuzz.Push, 80), (IngestFuzz.Drop, 60), (IngestFuzz.Forum, 60),
        (CliFuzz.Target, 200), (ClientFileFuzz.Target, 80), (PortalFuzz.Target, 70), (ForumFuzz.Target, 60),
    ];

    [Fact]
    public async Task Fuzz_MalformedInputEverywhere_NoCrashNo500EveryRefusedRecordDeadLettered()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SERMO_FUZZ_CASES"), CultureInfo.InvariantCulture, out var asked) ? asked : SliceCases;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SERMO_FUZZ_SEED"), CultureInfo.InvariantCulture, out var given) ? given : 20261130;
        output.WriteLine($"fuzz: {cases} cases, seed {seed}");
        var clock = Stopwatch.StartNew();
        var text = new FuzzText(new Random(seed));
        var findings = new FuzzFindings();
        await using (var world = await FuzzWorld.StartAsync(RepositoryPaths.Samples, postgres.ConnectionString))
        {
            var deadLetters = new Dictionary<string, long>(StringComparer.Ordinal);
            await IngestFuzz.IngestAndAccountAsync(world, findings, deadLetters);
            // Rounds interleave the targets, so ingest sees pushes, drops and forum posts that arrived together.
            var rounds = Math.Max(1, cases / 500);
            for (var round = 0; round < rounds; round++)
            {
                await QueryFuzz.RunAsync(world, text, findings, Share(cases, rounds, QueryFuzz.Target));
                await ApiFuzz.RunAsync(world, text, findings, Share(cases, rounds, ApiFuzz.Target));
                await IngestFuzz.PushAsync(world, text, findings, Share(cases, rounds, IngestFuzz.Push), round);
                await IngestFuzz.DropAsync(world, text, findings, Share(cases, rounds, IngestFuzz.Drop), round);
                await IngestFuzz.ForumAsync(world, text, findings, Share(cases, rounds, IngestFuzz.Forum), round);
                await IngestFuzz.IngestAndAccountAsync(world, findings, deadLetters);
                await CliFuzz.RunAsync(world, text, findings, Share(cases, rounds, CliFuzz.Target));
                await ClientFileFuzz.RunAsync(world, text, findings, Share(cases, rounds, ClientFileFuzz.Target));
                await PortalFuzz.RunAsync(world, text, findings, Share(cases, rounds, PortalFuzz.Target));
                await ForumFuzz.RunAsync(world, text, findings, Share(cases, rounds, ForumFuzz.Target));
            }
        }

        var command = cases == SliceCases ? "dotnet test tests/Sermo.Worker.Tests --filter FullyQualifiedName~FuzzRunTests"
            : $"tests/Sermo.Worker.Tests/Fuzz/run.sh {cases} {seed}";
        var report = findings.Report(seed, command, clock.Elapsed);
        if (Environment.GetEnvironmentVariable("SERMO_FUZZ_RESULTS") is { Length: > 0 } results)
        {
            await File.WriteAllTextAsync(results, report);
        }

        output.WriteLine(report);
        findings.Cases.Should().BeGreaterThanOrEqualTo(cases);
        findings.Failures.Should().BeEmpty($"seed {seed}:\n" + string.Join('\n', findings.Failures.Take(30)));
    }

    private static int Share(int cases, int rounds, string target) =>
        (int)Math.Ceiling(cases * Shares.Single(s => s.Target == target).Share / 1000.0 / rounds);
}
