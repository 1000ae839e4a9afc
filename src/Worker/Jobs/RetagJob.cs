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
/// Re-tags post sentiment in a day range with the promoted model, in <see cref="PagedRetagRunner"/>'s resumable pages
/// (checkpoint, search backlog, progress, cube rebuild). Progress goes to the job's <see cref="ProgressParameter"/>,
/// which the dashboard shows on the job's page and <c>models retag</c> prints.
/// </summary>
public sealed class RetagJob(PromotedSentimentModel model, ITextTagger tagger, IPostSentimentStore posts, IHeatMapCube cube, IngestPipeline search, ILogger<RetagJob> logger)
{
    public const string RecurringId = "sentiment-retag";
    public const string ProgressParameter = "Progress";

    /// <summary>Days as yyyy-MM-dd, as <c>models retag --from --to</c> takes them.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<RetagOutcome> RunAsync(string from, string to, PerformContext? context, CancellationToken cancellationToken) =>
        Runner.RunAsync(Pass, JobArguments.ParseDay(from), JobArguments.ParseDay(to), context, cancellationToken);

    /// <summary>Every stored post: what the on-demand <c>sentiment-retag</c> job runs when an operator triggers it after a promotion.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<RetagOutcome> RunAllAsync(PerformContext? context, CancellationToken cancellationToken) =>
        Runner.RunAllAsync(Pass, context, cancellationToken);

    private PagedRetagRunner Runner => new(posts, cube, search, logger);

    private RetagPass<StoredPostText> Pass => new("Re-tag", "retag", "posts re-tagged", PromotedVersion, posts.ReadPageAsync, p => p.RowId, WritePageAsync);

    private string PromotedVersion()
    {
        model.Refresh();
        return model.Version ?? throw new JobInputException("no promoted sentiment model: `models promote VERSION` first");
    }

    private Task WritePageAsync(IReadOnlyList<StoredPostText> page, string version, string checkpoint, long cursor, bool queueForSearch, CancellationToken cancellationToken)
    {
        // The model reads the tagger's clinical context too; tagging is per post (thread-safe), scoring one batch.
        var tagged = new TaggedText[page.Count];
        Parallel.For(0, page.Count, i => tagged[i] = new TaggedText(page[i].Text, tagger.Tag(page[i].Text)));
        var updates = new List<SentimentUpdate>(page.Count);
        if (model.Classify(tagged) is { } scored)
        {
            for (var i = 0; i < page.Count; i++)
            {
                updates.Add(new SentimentUpdate(page[i].RowId, scored.Results[i].Label, scored.Results[i].Score));
            }
        }

        return posts.UpdateAsync(updates, checkpoint, cursor, cancellationToken, queueForSearch);
    }
}
