using System.Globalization;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Pipeline;
using Sermo.Storage.Cube;
using Sermo.Storage.Retagging;

namespace Sermo.Worker.Jobs;

/// <summary>What a re-tag run did.</summary>
/// <param name="SearchEntriesPushed">Search-backlog entries pushed to an external index (the posts the run changed, and any
/// ingest left); 0 when the index reads the post store (SQLite).</param>
public sealed record RetagOutcome(string ModelVersion, DateOnly From, DateOnly To, int PostsInRange, int PostsRetagged, bool Resumed, int CubeDaysRebuilt, long SearchEntriesPushed = 0);

/// <summary>
/// Re-tags post sentiment in a day range with the promoted model, page by page. Each page's updates and the cursor
/// commit together (checkpoint key names the model version and range), so a stopped run resumes where it was; then
/// the heat-map cube is rebuilt for the range. Progress goes to the job's <see cref="ProgressParameter"/>, which the
/// dashboard shows on the job's page and <c>models retag</c> prints.
/// </summary>
public sealed class RetagJob(PromotedSentimentModel model, ITextTagger tagger, IPostSentimentStore posts, IHeatMapCube cube, IngestPipeline search, ILogger<RetagJob> logger)
{
    public const string RecurringId = "sentiment-retag";
    public const string ProgressParameter = "Progress";
    public const int PageSize = 500;

    /// <summary>Days as yyyy-MM-dd, as <c>models retag --from --to</c> takes them.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<RetagOutcome> RunAsync(string from, string to, PerformContext? context, CancellationToken cancellationToken) =>
        RetagAsync(JobArguments.ParseDay(from), JobArguments.ParseDay(to), context, cancellationToken);

    /// <summary>Every stored post: what the on-demand <c>sentiment-retag</c> job runs when an operator triggers it after a promotion.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task<RetagOutcome> RunAllAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        var range = await cube.GetPostRangeAsync(cancellationToken) ?? throw new JobInputException("no stored posts to re-tag");
        return await RetagAsync(range.First, range.Last, context, cancellationToken);
    }

    private async Task<RetagOutcome> RetagAsync(DateOnly from, DateOnly to, PerformContext? context, CancellationToken cancellationToken)
    {
        model.Refresh();
        var version = model.Version ?? throw new JobInputException("no promoted sentiment model: `models promote VERSION` first");
        var checkpoint = FormattableString.Invariant($"retag:{version}:{from:yyyy-MM-dd}:{to:yyyy-MM-dd}");
        var cursor = await posts.GetCheckpointAsync(checkpoint, cancellationToken);
        var total = await posts.CountAsync(from, to, cancellationToken);
        var done = 0;
        var after = cursor ?? 0;
        var updates = new List<SentimentUpdate>(PageSize);
        long pushed = await search.ReplaySearchBacklogAsync(cancellationToken);
        while (true)
        {
            var page = await posts.ReadPageAsync(from, to, after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            updates.Clear();
            // The model reads the tagger's clinical context too; tagging is per post (thread-safe), scoring one batch.
            var tagged = new TaggedText[page.Count];
            Parallel.For(0, page.Count, i => tagged[i] = new TaggedText(page[i].Text, tagger.Tag(page[i].Text)));
            if (model.Classify(tagged) is { } scored)
            {
                for (var i = 0; i < page.Count; i++)
                {
                    updates.Add(new SentimentUpdate(page[i].RowId, scored.Results[i].Label, scored.Results[i].Score));
                }
            }

            after = page[^1].RowId;
            // An external index (PostgreSQL search_posts, Elasticsearch) gets the changed posts through the search
            // backlog, queued in the page's transaction and pushed now: a stopped run leaves them queued (decision 048).
            await posts.UpdateAsync(updates, checkpoint, after, cancellationToken, search.QueuesForSearch);
            pushed += await search.ReplaySearchBacklogAsync(cancellationToken);
            done += page.Count;
            var progress = string.Create(CultureInfo.InvariantCulture, $"{done:N0} of {total:N0} posts re-tagged with {version}");
            context?.SetJobParameter(ProgressParameter, progress);
            logger.LogInformation("Re-tag {Version} {From}..{To}: {Done}/{Total} posts", version, from, to, done, total);
        }

        var rebuilt = await cube.RebuildAsync(from, to, cancellationToken);
        return new RetagOutcome(version, from, to, total, done, cursor is not null, rebuilt.DaysRebuilt, pushed);
    }
}
