using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// A data folder (real SQLite, real outbox) holding one published weekly report of client "acme" that quotes a member
/// who is about to opt out; client "beta" exists beside it. The quoted text contains "quokka".
/// </summary>
internal static class QuotedReportScenario
{
    public const string OptedOutAuthor = "author-optout";
    public const string OptedOutText = "Eliquis gave my quokka-ward patient a rash";

    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    /// <returns>The host over the folder (storage, reports, jobs; not started) and the report folder's name.</returns>
    public static async Task<(IHost Host, string ReportName)> CreateAsync(string dataFolder, DateTimeOffset now, Dictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(dataFolder);
        var host = ReportHosts.Build(dataFolder, settings ?? [], services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        return (host, await SeedAsync(host.Services));
    }

    /// <summary>The clients, posts and published report of the scenario in the store <paramref name="services"/> write to.</summary>
    /// <returns>The report folder's name.</returns>
    public static async Task<string> SeedAsync(IServiceProvider services)
    {
        var registry = services.GetRequiredService<IClientRegistry>();
        await registry.UpsertAsync(Client("acme", "Acme Pharma"), CancellationToken.None);
        await registry.UpsertAsync(Client("beta", "Beta Capital"), CancellationToken.None);

        // Six physicians write about Eliquis every week of the report and sixty in its last week (k = 5: every cell is
        // shown, and the last week, far above 2k, is the one quoted); the opted-out one wrote first that week, so the
        // report quotes them among its oldest. The row total (61 authors) must clear its own threshold of 4k under the
        // period noise (sd ~8.5) whatever the data folder's random release secret: with twenty it was suppressed about
        // half the time, and with it the row's quotes.
        var posts = Enumerable.Range(0, 4)
            .SelectMany(week => Enumerable.Range(1, week == 0 ? 60 : 6).Select(i =>
                Post($"forum:w{week}p{i}", $"author-{i}", Monday.AddDays(-7 * week).AddHours(i), $"Eliquis dosing note {i} of week {week} from a cardiology clinic.")))
            .Append(Post("forum:optout", OptedOutAuthor, Monday.AddMinutes(30), OptedOutText))
            .ToArray();
        await services.GetRequiredService<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await services.GetRequiredService<IHeatMapCube>().RollupAsync(CancellationToken.None);
        var acme = (await registry.GetAsync("acme", CancellationToken.None))!;
        var run = await services.GetRequiredService<ClientReportRunner>().RunAsync(
            acme, ReportDefinition.ParseAll("acme", acme.ReportsJson).Single(), DateOnly.FromDateTime(Monday.UtcDateTime), CancellationToken.None);
        return Path.GetFileName(run.Folder);
    }

    /// <summary>The opt-out as ingest applies it: one batch that deletes the author's posts.</summary>
    public static Task OptOutAsync(IServiceProvider services, string authorKey = OptedOutAuthor) =>
        services.GetRequiredService<IIngestStore>().CommitAsync(new IngestBatch("forum", null, [], [], [authorKey], []), CancellationToken.None);

    private static ClientRecord Client(string id, string name) => new(id, name, "pharma", 5,
        new Watchlist(id, name, "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]),
        """[{ "id": "weekly", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week", "formats": ["html", "csv"], "lookback": 4 }]""");

    private static TaggedPost Post(string id, string author, DateTimeOffset at, string text) =>
        new(id, "forum", author, at, "cardiology", "TX", text, 0, [], [], Sermo.Analytics.Tagging.Sentiment.Neutral, 0);
}
