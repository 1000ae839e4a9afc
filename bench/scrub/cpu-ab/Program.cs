using System.Diagnostics;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;

// Usage: cpu-ab <gold.jsonl> <seconds> <bin folder>... (see README.md)
var posts = File.ReadLines(args[0]).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToArray();
var megabytes = posts.Sum(post => Encoding.UTF8.GetByteCount(post)) / 1e6;
var seconds = double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var builds = args.Skip(2).Select(ScrubberBuild.Load).ToArray();
// 50 passes (~400 ms) per block, so the 10 ms CPU tick resolves a pass to 0.2 ms.
const int PassesPerBlock = 50;

// A speed-up counts only if the output is unchanged: every build must render every post, and its spans, exactly as the first.
for (var k = 1; k < builds.Length; k++)
{
    var differing = posts.Count(post => builds[k].Describe(post) != builds[0].Describe(post));
    Console.WriteLine($"{builds[k].Folder}: {differing} of {posts.Length} posts scrubbed differently from {builds[0].Folder}");
}

foreach (var build in builds)
{
    var warmup = Stopwatch.StartNew();
    while (warmup.Elapsed.TotalSeconds < 3)
    {
        build.ScrubAll(posts);
    }
}

var blocks = builds.Select(_ => new List<double>()).ToArray();
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds)
{
    for (var k = 0; k < builds.Length; k++)
    {
        var before = ThreadCpu.Milliseconds();
        for (var pass = 0; pass < PassesPerBlock; pass++)
        {
            builds[k].ScrubAll(posts);
        }

        blocks[k].Add((ThreadCpu.Milliseconds() - before) / PassesPerBlock);
    }
}

for (var k = 0; k < builds.Length; k++)
{
    var sorted = blocks[k].Order().ToArray();
    var median = sorted[sorted.Length / 2];
    Console.WriteLine($"{builds[k].Folder}: {sorted.Length * PassesPerBlock} passes, median {median:F2} ms CPU/pass, mean {sorted.Average():F2}, "
        + $"{megabytes / (median / 1000):F1} MB per CPU-second ({megabytes:F3} MB/pass)");
}

internal sealed class ScrubberBuild(string folder, Func<string, object> scrub)
{
    public string Folder { get; } = folder;

    public static ScrubberBuild Load(string relativeFolder)
    {
        var folder = Path.GetFullPath(relativeFolder);
        var context = new AssemblyLoadContext(folder);
        context.Resolving += (loader, name) =>
            File.Exists(Path.Combine(folder, name.Name + ".dll")) ? loader.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, "Sermo.Ingest.dll"));
        var type = assembly.GetType("Sermo.Ingest.Anonymization.PhiScrubber", throwOnError: true)!;
        var scrubber = Activator.CreateInstance(type)!;
        var method = type.GetMethod("Scrub")!;
        return new ScrubberBuild(folder, text => method.Invoke(scrubber, [text, null])!);
    }

    /// <summary>The scrubbed text and every span, as one string to compare across builds.</summary>
    public string Describe(string post)
    {
        var result = scrub(post);
        var text = (string)result.GetType().GetProperty("Text")!.GetValue(result)!;
        var spans = (System.Collections.IEnumerable)result.GetType().GetProperty("Spans")!.GetValue(result)!;
        return text + "\n" + string.Join(";", spans.Cast<object>());
    }

    public void ScrubAll(string[] posts)
    {
        foreach (var post in posts)
        {
            scrub(post);
        }
    }
}

internal static class ThreadCpu
{
    // utime + stime of the calling thread, in 10 ms clock ticks.
    public static double Milliseconds()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
    }
}
