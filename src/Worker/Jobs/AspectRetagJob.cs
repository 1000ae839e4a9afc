using System.Globalization;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Aspects;
using Sermo.Ingest.Pipeline;
using Sermo.Storage.Cube;
using Sermo.Storage.Retagging;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Re-derives stored drug mentions' aspects in a day range with the promoted aspect model, page by page, like
/// <see cref="RetagJob"/> does for post sentiment (same checkpointing, progress and cube rebuild). The stored tags
/// stay as they are: only each mention's aspect and polarity are replaced, so a tagger change is not smuggled in.
/// </summary>
public sealed class AspectRetagJob(PromotedAspectModel model, IPostSentimentStore posts, IHeatMapCube cube, IngestPipeline search, ILogger<AspectRetagJob> logger)
{
    public const string RecurringId = "aspect-retag";

    /// <summary>Days as yyyy-MM-dd, as <c>models retag --task aspects --from --to</c> takes them.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<RetagOutcome> RunAsync(string from, string to, PerformContext? context, CancellationToken cancellationToken) =>
        RetagAsync(JobArguments.ParseDay(from), JobArguments.ParseDay(to), context, cancellationToken);

    /// <summary>Every stored post: what the on-demand <c>aspect-retag</c> job runs when an operator triggers it after a promotion.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task<RetagOutcome> RunAllAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        var range = await cube.GetPostRangeAsync(cancellationToken) ?? throw new JobInputException("no stored posts to re-tag");
        return await RetagAsync(range.First, range.Last, context, cancellationToken);
    }

    private async Task<RetagOutcome> RetagAsync(DateOnly from, DateOnly to, PerformContext? context, CancellationToken cancellationToken)
    {
        model.Refresh();
        var version = model.Version ?? throw new JobInputException("no promoted aspect model: `models promote VERSION --task aspects` first");
        var checkpoint = FormattableString.Invariant($"retag-aspects:{version}:{from:yyyy-MM-dd}:{to:yyyy-MM-dd}");
        var cursor = await posts.GetCheckpointAsync(checkpoint, cancellationToken);
        var total = await posts.CountAsync(from, to, cancellationToken);
        var done = 0;
        var after = cursor ?? 0;
        var updates = new List<EntitiesUpdate>(RetagJob.PageSize);
        long pushed = await search.ReplaySearchBacklogAsync(cancellationToken);
        while (true)
        {
            var page = await posts.ReadEntitiesPageAsync(from, to, after, RetagJob.PageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            updates.Clear();
            var batch = page.Select(p => (p.Text, p.Entities)).ToList();
            // One batch per page, as ingest scores a slice; null only if the model was demoted since Refresh.
            var annotated = model.Annotate(batch) ?? throw new JobInputException($"the aspect model {version} was unpromoted during the run");
            for (var i = 0; i < page.Count; i++)
            {
                updates.Add(new EntitiesUpdate(page[i].RowId, annotated[i]));
            }

            after = page[^1].RowId;
            // As RetagJob: changed posts reach an external index's aspects field through the search backlog.
            await posts.UpdateEntitiesAsync(updates, checkpoint, after, cancellationToken, search.QueuesForSearch);
            pushed += await search.ReplaySearchBacklogAsync(cancellationToken);
            done += page.Count;
            var progress = string.Create(CultureInfo.InvariantCulture, $"{done:N0} of {total:N0} posts' aspects re-tagged with {version}");
            context?.SetJobParameter(RetagJob.ProgressParameter, progress);
            logger.LogInformation("Aspect re-tag {Version} {From}..{To}: {Done}/{Total} posts", version, from, to, done, total);
        }

        var rebuilt = await cube.RebuildAsync(from, to, cancellationToken);
        return new RetagOutcome(version, from, to, total, done, cursor is not null, rebuilt.DaysRebuilt, pushed);
    }
}
