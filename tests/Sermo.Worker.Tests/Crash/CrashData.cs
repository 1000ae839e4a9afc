using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Forum.Engine;
using Sermo.Forum.Feed;
using Sermo.Forum.Seeding;
using Sermo.Storage.Clients;
using Sermo.Worker.Clients;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Crash;

/// <summary>
/// What the crash suite ingests: a quarter of the sample forum's threads (whole threads, about 1,300 posts), three
/// drop files of sample posts with some bad lines (one there from the start, two arriving mid-run), forum deletions
/// and an opt-out arriving mid-run, and two clients with a weekly report in four formats. Applying the same steps to
/// two folders gives the crashed folder and its uncrashed reference the same sources.
/// </summary>
internal sealed class CrashData
{
    public const string ReportsJson = """[{ "id": "weekly", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week", "formats": ["csv", "xlsx", "html", "svg"], "lookback": 12 }]""";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ForumSnapshot _forum;
    private readonly IReadOnlyList<ClientRecord> _clients;
    private readonly IReadOnlyList<string> _dropFiles;
    private readonly IReadOnlyList<string> _deletedPosts;
    private readonly string _optedOutMember;

    private CrashData(ForumSnapshot forum, IReadOnlyList<ClientRecord> clients, IReadOnlyList<string> dropFiles, IReadOnlyList<string> deletedPosts, string optedOutMember)
    {
        (_forum, _clients, _dropFiles, _deletedPosts, _optedOutMember) = (forum, clients, dropFiles, deletedPosts, optedOutMember);
        AsOf = DateOnly.FromDateTime(forum.Posts.Max(p => p.CreatedAt).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The day reports are run as of: the last post's.</summary>
    public string AsOf { get; }

    public int DropFiles => _dropFiles.Count;

    public IEnumerable<string> ClientIds => _clients.Select(c => c.ClientId);

    public static async Task<CrashData> CreateAsync(string samples, Random random)
    {
        var all = await SampleForumReader.ReadAsync(Path.Combine(samples, "forum"), CancellationToken.None);
        var threads = all.Threads.Where((_, i) => i % 4 == 0).ToList();
        var kept = threads.Select(t => t.ThreadId).ToHashSet(StringComparer.Ordinal);
        var posts = all.Posts.Where(p => kept.Contains(p.ThreadId)).ToList();
        var members = all.Members.Where(m => posts.Any(p => p.MemberId == m.MemberId) || threads.Any(t => t.MemberId == m.MemberId)).ToList();
        var forum = new ForumSnapshot(members, threads, posts);

        var byMember = all.Members.ToDictionary(m => m.MemberId, StringComparer.Ordinal);
        var dropSource = all.Posts.Where(p => !kept.Contains(p.ThreadId) && !p.Deleted).ToList();
        var dropFiles = Enumerable.Range(0, 3).Select(file => DropFile(dropSource.Skip(file * 100).Take(100).ToList(), byMember, file)).ToList();

        var clients = new List<ClientRecord>();
        foreach (var name in new[] { "northwind-cardio", "contoso-metabolic" })
        {
            var (client, _) = await ClientFile.ReadAsync(Path.Combine(samples, "clients", name + ".json"), CancellationToken.None);
            clients.Add(client with { ReportsJson = ReportsJson });
        }

        var visible = posts.Where(p => !p.Deleted).ToList();
        var deleted = Enumerable.Range(0, 5).Select(_ => visible[random.Next(visible.Count)].PostId).Distinct().ToList();
        var optedOut = members.Where(m => m.Verified && !m.OptedOut).OrderBy(_ => random.Next()).First().MemberId;
        return new CrashData(forum, clients, dropFiles, deleted, optedOut);
    }

    /// <summary>The forum, the clients and the first drop file, written in-process (the starting state, before any run).</summary>
    public async Task SeedAsync(CrashBackend backend, string folder)
    {
        await backend.CreateAsync(folder);
        using (var host = SermoHost.Build(DataFolder.Resolve(folder, create: true), verbose: false, backend.Settings(folder)))
        {
            await host.Services.GetRequiredService<ForumEngine>().ImportAsync(_forum, CancellationToken.None);
            // The feed keys author tokens with a secret it creates on its first read; reading once here puts it in the
            // database both folders start from, as a forum that already served its feed would have it.
            await host.Services.GetRequiredService<IForumChangeFeed>().ReadAsync(0, 1, CancellationToken.None);
            foreach (var client in _clients)
            {
                await host.Services.GetRequiredService<IClientRegistry>().UpsertAsync(client, CancellationToken.None);
            }
        }

        backend.ClearPools();
        await AddDropFileAsync(folder, 0);
    }

    /// <summary>Drops a file the way a partner would: written under a hidden name, then renamed, so no cycle reads half of it.</summary>
    public async Task AddDropFileAsync(string folder, int index)
    {
        var hidden = Path.Combine(folder, "drop", $".crash-{index}.partial");
        await File.WriteAllTextAsync(hidden, _dropFiles[index], new UTF8Encoding(false));
        File.Move(hidden, Path.Combine(folder, "drop", $"crash-{index}.jsonl"));
    }

    /// <summary>Members delete some posts and one opts out, in the forum (in-process, between runs).</summary>
    public async Task ApplyForumChangesAsync(CrashBackend backend, string folder)
    {
        using (var host = SermoHost.Build(DataFolder.Resolve(folder, create: false), verbose: false, backend.Settings(folder)))
        {
            var forum = host.Services.GetRequiredService<ForumEngine>();
            foreach (var post in _deletedPosts)
            {
                await forum.DeletePostAsync(post, CancellationToken.None);
            }

            await forum.OptOutAsync(_optedOutMember, CancellationToken.None);
        }

        backend.ClearPools();
    }

    private static string DropFile(IReadOnlyList<ForumPost> posts, Dictionary<string, Member> members, int file)
    {
        var lines = posts.Select(p => JsonSerializer.Serialize(new
        {
            id = $"crash{file}-{p.PostId}",
            author = "partner-" + p.MemberId,
            createdAt = p.CreatedAt,
            specialty = members[p.MemberId].Specialty,
            state = members[p.MemberId].State,
            text = p.Body,
        }, Json)).ToList();
        // The bad lines a partner sends, at fixed places: each is dead-lettered once however often ingest is killed.
        lines.Insert(10, "{\"id\": \"broken");
        lines.Insert(20, JsonSerializer.Serialize(new { id = $"crash{file}-noauthor", createdAt = "2026-01-05T10:00:00Z", text = "no author" }, Json));
        lines.Insert(30, JsonSerializer.Serialize(new { id = $"crash{file}-ancient", author = "partner-x", createdAt = "0001-01-01T00:00:00Z", text = "Eliquis in year one" }, Json));
        lines.Insert(40, lines[0]);
        return string.Join('\n', lines) + "\n";
    }
}
