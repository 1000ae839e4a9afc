using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Sermo.Ingest.Anonymization;

namespace Sermo.Benchmarks.Scrub;

/// <summary>
/// MB/s of post text per core: PhiScrubber against a plain regex baseline (phone, email, SSN, numeric date and
/// "Dr./Mr./Mrs. Name" patterns, the usual few-regex scrubber) over the same gold-set posts, one thread.
/// MB/s = TextMegabytes / (median seconds per op). Run from the repo root:
/// dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*ScrubThroughput*'
/// </summary>
[MemoryDiagnoser]
public class ScrubThroughputBenchmarks
{
    private static readonly Regex Baseline = new(
        @"\b\d{3}[-.\s]?\d{3}[-.\s]?\d{4}\b|[\w.+-]+@[\w-]+\.[\w.]+|\b\d{3}-\d{2}-\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:Dr|Mr|Mrs|Ms)\.? [A-Z][a-z]+",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly PhiScrubber _scrubber = new();
    private string[] _posts = [];

    /// <summary>Size of one op's input, for the MB/s figure.</summary>
    public double TextMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var gold = Path.Combine(FindRoot(), "tests", "Sermo.Ingest.Tests", "Anonymization", "Gold", "gold.jsonl");
        _posts = File.ReadLines(gold).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToArray();
        TextMegabytes = _posts.Sum(p => Encoding.UTF8.GetByteCount(p)) / 1e6;
        Console.WriteLine($"// gold set: {_posts.Length} posts, {TextMegabytes:F3} MB of UTF-8 text per op");
    }

    [Benchmark]
    public int Sermo()
    {
        var spans = 0;
        foreach (var post in _posts)
        {
            spans += _scrubber.Scrub(post).Spans.Count;
        }

        return spans;
    }

    [Benchmark(Baseline = true)]
    public int RegexBaseline()
    {
        var length = 0;
        foreach (var post in _posts)
        {
            length += Baseline.Replace(post, "[REDACTED]").Length;
        }

        return length;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "Sermo.Ingest.Tests")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run from inside the repository.");
    }
}
