using System.Diagnostics;
using Sermo.Forum.Feed;

namespace Sermo.Forum.Tests.Feed;

/// <summary>
/// A child process (Sermo.Forum.PostWriter) publishes posts from eight writers and acknowledges each commit on stdout;
/// the test SIGKILLs it mid-write. Afterwards every acknowledged post is in the feed, the feed is in order, and no post
/// row exists without its change (the change is written in the post's own transaction).
/// </summary>
public abstract class KillDuringWritesContract(IForumBackend backend) : ForumTestBase(backend)
{
    private const int AcksBeforeKill = 300;

    [Fact]
    public async Task KillChildMidWrite_EveryAcknowledgedPostInTheFeed_NoPostWithoutItsChange()
    {
        var acknowledged = await RunAndKillAsync();

        var feed = await NewFeed().ReadAsync(0, 1_000_000, Ct);
        var published = feed.Changes.Where(c => c.Kind == ForumChangeKind.PostPublished).Select(c => c.PostId!).ToHashSet();

        acknowledged.Should().HaveCountGreaterThanOrEqualTo(AcksBeforeKill);
        published.Should().Contain(acknowledged, "a post acknowledged before the kill was committed with its change");
        feed.Changes.Select(c => c.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        var results = await Reader.SearchAsync("writer", 1_000_000, Ct);
        results.Select(h => h.PostId).Should().BeEquivalentTo(published, "every stored post has its feed change and the reverse");
    }

    private async Task<List<string>> RunAndKillAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WriterPath());
        start.ArgumentList.Add(Backend.Name);
        start.ArgumentList.Add(Backend.ConnectionString);
        start.ArgumentList.Add("8");
        using var child = Process.Start(start)!;
        var acknowledged = new List<string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (acknowledged.Count < AcksBeforeKill && await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                acknowledged.Add(line["ack ".Length..]);
            }
        }
        finally
        {
            // Process.Kill sends SIGKILL on Linux: no finally blocks, no flush, no rollback in the child.
            child.Kill(entireProcessTree: true);
        }

        // Acknowledgements already in the pipe when the child died were committed too.
        while (await child.StandardOutput.ReadLineAsync(Ct) is { } rest)
        {
            if (rest.StartsWith("ack ", StringComparison.Ordinal))
            {
                acknowledged.Add(rest["ack ".Length..]);
            }
        }

        await child.WaitForExitAsync(Ct);
        acknowledged.Should().NotBeEmpty($"the writer should have run; its stderr: {await child.StandardError.ReadToEndAsync(Ct)}");
        return acknowledged;
    }

    private static string WriterPath()
    {
        // tests/Sermo.Forum.Tests/bin/<Configuration>/net10.0 → tests/Sermo.Forum.PostWriter/bin/<Configuration>/net10.0
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (here.Name, here.Parent!.Name);
        var path = Path.GetFullPath(Path.Combine(here.FullName, "..", "..", "..", "..", "Sermo.Forum.PostWriter", "bin", configuration, framework, "Sermo.Forum.PostWriter.dll"));
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/Sermo.Forum.PostWriter first (the test project references it).", path);
    }
}
