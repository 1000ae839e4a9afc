using Microsoft.Extensions.Options;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.Emerging;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Mnpi;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Emerging;

namespace Sermo.Reports.Emerging;

/// <summary>
/// Emerging topics from the store (docs/emerging-topics.md): reads the foreground week and its baseline weeks of posts,
/// leaves out every client's watched terms, counts distinct authors per week and specialty, and ranks the significant
/// risers. Analysts read <see cref="AnalyzeAsync"/> (exact counts); a client gets <see cref="ForClientAsync"/> only.
/// </summary>
public sealed class EmergingTopicFinder(
    IEmergingPostReader posts,
    IClientRegistry clients,
    EmergingPhraseChunker chunker,
    TherapeuticAreas areas,
    IOptions<EmergingTopicSettings> settings)
{
    public EmergingTopicSettings Settings => settings.Value;

    /// <summary>The ISO week (its Monday) of <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => TimeBuckets.BucketStart(day, BucketInterval.Week);

    /// <summary>The last ISO week that ends on or before <paramref name="day"/>: a report never lists a week still under way.</summary>
    public static DateOnly LastWholeWeek(DateOnly day) => WeekOf(day.AddDays(-6));

    public Task<EmergingTopicAnalysis> AnalyzeAsync(DateOnly week, CancellationToken cancellationToken) =>
        AnalyzeAsync(week, static _ => true, cancellationToken);

    private async Task<EmergingTopicAnalysis> AnalyzeAsync(DateOnly week, Func<EmergingPost, bool> counted, CancellationToken cancellationToken)
    {
        week = WeekOf(week);
        var watchlists = (await clients.ListAsync(cancellationToken)).Select(c => c.Watchlist).ToList();
        var extractor = new CandidateExtractor(chunker, watchlists);
        var from = week.AddDays(-7 * settings.Value.BaselineWeeks);
        var read = new List<EmergingPost>();
        await foreach (var post in posts.ReadAsync(from, week.AddDays(6), cancellationToken))
        {
            if (counted(post))
            {
                read.Add(post);
            }
        }

        return EmergingTopicAnalysis.Build(read, extractor, areas);
    }

    /// <summary>
    /// "New in the conversation" for one client: the week's significant risers among all members that fall in the
    /// client's therapeutic areas, released through its noise and k (<see cref="EmergingTopicRelease"/>).
    /// </summary>
    public async Task<IReadOnlyList<ReleasedEmergingTopic>> ForClientAsync(ClientRecord client, DateOnly week, ReleaseNoise noise, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        // The MNPI guard (docs/mnpi-guard.md): a finance client counts no post that looks like a trial disclosure, and
        // an emerging topic is by definition on no watchlist, so the cube's per-term holds do not cover it.
        Func<EmergingPost, bool> counted = client.Watchlist.Kind == ClientKinds.Finance
            ? post => !TrialDisclosureGuard.Default.Check(post.Text).Flagged
            : static _ => true;
        var analysis = await AnalyzeAsync(week, counted, cancellationToken);
        var clientAreas = areas.ForWatchlist(client.Watchlist);
        var inAreas = analysis.Rank(WeekOf(week), null, settings.Value).Where(t => analysis.AreasOf(t).Overlaps(clientAreas));
        return EmergingTopicRelease.Release(inAreas, noise, client.K, limit);
    }
}
