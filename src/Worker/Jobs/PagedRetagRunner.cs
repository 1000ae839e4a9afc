using System.Globalization;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Sermo.Ingest.Pipeline;
using Sermo.Storage.Cube;
using Sermo.Storage.Retagging;

namespace Sermo.Worker.Jobs;

/// <summary>
/// The loop both re-tag jobs run: the stored posts of a day range, page by page in row id order; each page's updates
/// and the cursor commit together (the checkpoint key names the pass, the model version and the range), so a stopped
/// run resumes where it was; the progress line goes to the job's <see cref="RetagJob.ProgressParameter"/> after each
/// page; then the heat-map cube is rebuilt for the range. What a page's posts become is the pass's own.
/// </summary>
public sealed class PagedRetagRunner(IPostSentimentStore posts, IHeatMapCube cube, IngestPipeline search, ILogger logger)
{
    public const int PageSize = 500;

    /// <summary>Every stored post: the range from the first stored post's day to the last one's.</summary>
    public async Task<RetagOutcome> RunAllAsync<TPost>(RetagPass<TPost> pass, PerformContext? context, CancellationToken cancellationToken)
    {
        var range = await cube.GetPostRangeAsync(cancellationToken) ?? throw new JobInputException("no stored posts to re-tag");
        return await RunAsync(pass, range.First, range.Last, context, cancellationToken);
    }

    public async Task<RetagOutcome> RunAsync<TPost>(RetagPass<TPost> pass, DateOnly from, DateOnly to, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var version = pass.PromotedVersion();
        var checkpoint = FormattableString.Invariant($"{pass.CheckpointPrefix}:{version}:{from:yyyy-MM-dd}:{to:yyyy-MM-dd}");
        var cursor = await posts.GetCheckpointAsync(checkpoint, cancellationToken);
        var total = await posts.CountAsync(from, to, cancellationToken);
        var done = 0;
        var after = cursor ?? 0;
        long pushed = await search.ReplaySearchBacklogAsync(cancellationToken);
        while (true)
        {
            var page = await pass.ReadPageAsync(from, to, after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = pass.RowId(page[^1]);
            // An external index (PostgreSQL search_posts, Elasticsearch) gets the changed posts through the search
            // backlog, queued in the page's transaction and pushed now: a stopped run leaves them queued (decision 048).
            await pass.WritePageAsync(page, version, checkpoint, after, search.QueuesForSearch, cancellationToken);
            pushed += await search.ReplaySearchBacklogAsync(cancellationToken);
            done += page.Count;
            var progress = string.Create(CultureInfo.InvariantCulture, $"{done:N0} of {total:N0} {pass.Done} with {version}");
            context?.SetJobParameter(RetagJob.ProgressParameter, progress);
            logger.LogInformation("{Pass} {Version} {From}..{To}: {Done}/{Total} posts", pass.Name, version, from, to, done, total);
        }

        var rebuilt = await cube.RebuildAsync(from, to, cancellationToken);
        return new RetagOutcome(version, from, to, total, done, cursor is not null, rebuilt.DaysRebuilt, pushed);
    }
}
