using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Cube;
using Sermo.Storage.Retagging;

namespace Sermo.Worker.Jobs;

/// <summary>What a re-tag run did.</summary>
public sealed record RetagOutcome(string ModelVersion, DateOnly From, DateOnly To, int PostsInRange, int PostsRetagged, bool Resumed, int CubeDaysRebuilt);

/// <summary>
/// Re-tags post sentiment in a day range with the promoted model, page by page. Each page's updates and the cursor
/// commit together (checkpoint key names the model version and range), so a stopped run resumes where it was; then
/// the heat-map cube is rebuilt for the range.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetagJob(PromotedSentimentModel model, ITextTagger tagger, IPostSentimentStore posts, IHeatMapCube cube, ILogger<RetagJob> logger) : IJob
{
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const int PageSize = 500;
    public static readonly JobKey Key = new("sentiment-retag", "sermo");

    /// <summary>Raised after each page (posts done so far, posts in range); the CLI prints it.</summary>
    public static event Action<int, int>? Progress;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var from = Day(context, FromKey);
        var to = Day(context, ToKey);
        model.Refresh();
        var version = model.Version ?? throw new JobExecutionException("no promoted sentiment model: `models promote VERSION` first");
        var checkpoint = FormattableString.Invariant($"retag:{version}:{from:yyyy-MM-dd}:{to:yyyy-MM-dd}");
        var cursor = await posts.GetCheckpointAsync(checkpoint, cancellationToken);
        var resumed = cursor is not null;
        var total = await posts.CountAsync(from, to, cancellationToken);
        var done = 0;
        var after = cursor ?? 0;
        var updates = new List<SentimentUpdate>(PageSize);
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
            await posts.UpdateAsync(updates, checkpoint, after, cancellationToken);
            done += page.Count;
            Progress?.Invoke(done, total);
            logger.LogInformation("Re-tag {Version} {From}..{To}: {Done}/{Total} posts", version, from, to, done, total);
        }

        var rebuilt = await cube.RebuildAsync(from, to, cancellationToken);
        context.Result = new RetagOutcome(version, from, to, total, done, resumed, rebuilt.DaysRebuilt);
    }

    private static DateOnly Day(IJobExecutionContext context, string key) =>
        DateOnly.TryParseExact(context.MergedJobDataMap.GetString(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new JobExecutionException($"job data '{key}' must be a yyyy-MM-dd day");
}
