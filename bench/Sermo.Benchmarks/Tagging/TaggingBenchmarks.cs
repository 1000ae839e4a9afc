using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Sermo.Analytics.Tagging;

namespace Sermo.Benchmarks.Tagging;

/// <summary>
/// The tagging stage over ~100 MB of physician posts built from samples/forum/posts.jsonl (1-3 bodies per post,
/// shuffled, with varied numbers so no two posts are identical). Times are per post (OperationsPerInvoke), so
/// "Allocated" is the allocation per post; MB/s per core = (corpus MB / posts) / mean, printed in GlobalSetup.
/// Peer in the same run: one .NET Regex alternation of the same vocabulary (case-insensitive, word-bounded,
/// compiled), the usual "dictionary scan" without an automaton. Single-threaded, so every figure is per core.
/// A short in-process job (1 launch, 1 warmup, 3 iterations, no separate build) keeps the run to a few minutes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class TaggingBenchmarks
{
    public const int PostCount = 300_000;
    public const int PeerPostCount = PostCount / 100;

    private const int ProbeRounds = 3;

    /// <summary>The CPU-time probe's sample: the peer's 1% for the regex (it is ~100x slower), 10% otherwise.</summary>
    private int ProbePostCount => _probeRegex ? PeerPostCount : PostCount / 10;

    private bool _probeRegex;

    private string[] _posts = [];
    private ClinicalTagger _tagger = null!;
    private Regex _alternation = null!;

    [GlobalSetup(Target = nameof(DictionaryPass))]
    public void SetupDictionaryPass()
    {
        Setup();
        ReportCpuTime("dictionary pass", post => _tagger.ScanTerms(post));
    }

    [GlobalSetup(Target = nameof(FullTag))]
    public void SetupFullTag()
    {
        Setup();
        ReportCpuTime("full Tag()", post => _tagger.Tag(post).Entities.Count);
    }

    [GlobalSetup(Target = nameof(RegexAlternationPeer))]
    public void SetupPeer()
    {
        Setup();
        _probeRegex = true;
        ReportCpuTime("regex peer", post => _alternation.Count(post));
    }

    /// <summary>
    /// This machine is shared (load average far above its two cores), so wall time understates per-core speed; the
    /// process's CPU time says what a core actually does. The probe runs after a full collection (generating the
    /// 110 MB corpus leaves the background GC busy, and its threads count in process CPU time) and after enough warm
    /// passes for tiered JIT to have promoted the hot loops (a first pass runs tier-0 and OSR code while the JIT
    /// thread compiles). It then times ProbeRounds passes over the first ProbePostCount posts and prints the median.
    /// </summary>
    private void ReportCpuTime(string name, Func<string, int> work)
    {
        var bytes = 0L;
        for (var i = 0; i < ProbePostCount; i++)
        {
            bytes += Encoding.UTF8.GetByteCount(_posts[i]);
        }

        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < PeerPostCount; i++)
            {
                work(_posts[i]);
            }

            Thread.Sleep(200); // let the tiering thread install tier-1 code
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuRates = new double[ProbeRounds];
        var wallRates = new double[ProbeRounds];
        for (var round = 0; round < ProbeRounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var wall = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < ProbePostCount; i++)
            {
                work(_posts[i]);
            }

            wall.Stop();
            process.Refresh();
            cpuRates[round] = bytes / 1e6 / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            wallRates[round] = bytes / 1e6 / wall.Elapsed.TotalSeconds;
        }

        Array.Sort(cpuRates);
        Array.Sort(wallRates);
        Console.WriteLine($"// cpu-time {name}: {cpuRates[ProbeRounds / 2]:F1} MB per CPU-second (median of {ProbeRounds}; {string.Join(", ", cpuRates.Select(r => r.ToString("F1")))}), "
            + $"wall {wallRates[ProbeRounds / 2]:F1} MB/s ({ProbePostCount} posts, {bytes / 1e6:F1} MB a round)");
    }

    private void Setup()
    {
        _tagger = ClinicalTagger.CreateDefault();
        _posts = GeneratePosts(LoadBodies(), PostCount, seed: 20260101);
        var bytes = _posts.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
        var terms = _tagger.CompiledTerms.OrderByDescending(t => t.Length).Select(Regex.Escape);
        _alternation = new Regex(@"\b(?:" + string.Join('|', terms) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(5));
        Console.WriteLine($"// corpus: {_posts.Length} posts, {bytes / 1e6:F1} MB UTF-8, {bytes / (double)_posts.Length:F0} bytes/post, {_tagger.CompiledTerms.Count} compiled terms");
    }

    [Benchmark(OperationsPerInvoke = PostCount, Baseline = true, Description = "dictionary pass (normalize + Aho-Corasick)")]
    public long DictionaryPass()
    {
        long hits = 0;
        foreach (var post in _posts)
        {
            hits += _tagger.ScanTerms(post);
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = PostCount, Description = "full Tag() (entities, context, sentiment, AE pairs)")]
    public long FullTag()
    {
        long entities = 0;
        foreach (var post in _posts)
        {
            entities += _tagger.Tag(post).Entities.Count;
        }

        return entities;
    }

    /// <summary>Runs over the first hundredth of the corpus (same post mix) so one pass stays under a minute; figures are per post.</summary>
    [Benchmark(OperationsPerInvoke = PeerPostCount, Description = "peer: Regex alternation of the same terms (first 1%)")]
    public long RegexAlternationPeer()
    {
        long hits = 0;
        for (var i = 0; i < PeerPostCount; i++)
        {
            hits += _alternation.Count(_posts[i]);
        }

        return hits;
    }

    private static string[] LoadBodies()
    {
        var file = FindUp(Path.Combine("samples", "forum", "posts.jsonl"));
        return File.ReadLines(file)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("body").GetString() ?? "")
            .Where(body => body.Length > 0)
            .ToArray();
    }

    private static string[] GeneratePosts(string[] bodies, int count, int seed)
    {
        var random = new Random(seed);
        var posts = new string[count];
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            var parts = random.Next(1, 4);
            for (var p = 0; p < parts; p++)
            {
                builder.Append(bodies[random.Next(bodies.Length)]).Append(' ');
            }

            builder.Append("Follow-up in ").Append(random.Next(2, 16)).Append(" weeks.");
            posts[i] = builder.ToString();
        }

        return posts;
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    private sealed class ShortConfig : ManualConfig
    {
        public ShortConfig() => AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithStrategy(RunStrategy.Monitoring).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"));
    }
}
