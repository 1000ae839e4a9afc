using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Aspects;
using Sermo.Ingest.Pipeline;
using Sermo.Storage.Cube;
using Sermo.Storage.Retagging;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Re-derives stored drug mentions' aspects in a day range with the promoted aspect model, in the same resumable pages
/// as <see cref="RetagJob"/> (<see cref="PagedRetagRunner"/>). The stored tags stay as they are: only each mention's
/// aspect and polarity are replaced, so a tagger change is not smuggled in.
/// </summary>
public sealed class AspectRetagJob(PromotedAspectModel model, IPostSentimentStore posts, IHeatMapCube cube, IngestPipeline search, ILogger<AspectRetagJob> logger)
{
    public const string RecurringId = "aspect-retag";

    /// <summary>Days as yyyy-MM-dd, as <c>models retag --task aspects --from --to</c> takes them.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<RetagOutcome> RunAsync(string from, string to, PerformContext? context, CancellationToken cancellationToken) =>
        Runner.RunAsync(Pass, JobArguments.ParseDay(from), JobArguments.ParseDay(to), context, cancellationToken);

    /// <summary>Every stored post: what the on-demand <c>aspect-retag</c> job runs when an operator triggers it after a promotion.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<RetagOutcome> RunAllAsync(PerformContext? context, CancellationToken cancellationToken) =>
        Runner.RunAllAsync(Pass, context, cancellationToken);

    private PagedRetagRunner Runner => new(posts, cube, search, logger);

    private RetagPass<StoredPostEntities> Pass =>
        new("Aspect re-tag", "retag-aspects", "posts' aspects re-tagged", PromotedVersion, posts.ReadEntitiesPageAsync, p => p.RowId, WritePageAsync);

    private string PromotedVersion()
    {
        model.Refresh();
        return model.Version ?? throw new JobInputException("no promoted aspect model: `models promote VERSION --task aspects` first");
    }

    private Task WritePageAsync(IReadOnlyList<StoredPostEntities> page, string version, string checkpoint, long cursor, bool queueForSearch, CancellationToken cancellationToken)
    {
        // One batch per page, as ingest scores a slice; null only if the model was demoted since the run began.
        var annotated = model.Annotate([.. page.Select(p => (p.Text, p.Entities))])
            ?? throw new JobInputException($"the aspect model {version} was unpromoted during the run");
        var updates = new List<EntitiesUpdate>(page.Count);
        for (var i = 0; i < page.Count; i++)
        {
            updates.Add(new EntitiesUpdate(page[i].RowId, annotated[i]));
        }

        return posts.UpdateEntitiesAsync(updates, checkpoint, cursor, cancellationToken, queueForSearch);
    }
}
