using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Ingest;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;
using Sermo.Storage;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.IngestBench;

/// <summary>
/// CPU per post of each ingest stage on one thread, on the product's own classes, next to the bare FTS5 insert of the
/// same texts: parse (JsonlFileSource), scrub (PhiScrubber), tag (ClinicalTagger), sentiment (the promoted model of a
/// registry, if one is given), the whole PostEnricher, and the store's commit (SqliteIngestStore, batches of 500).
/// The pipeline overlaps these on the cores; this says what each costs, so the slowest stage is known.
/// </summary>
internal static class StageCosts
{
    public static async Task<string> RunAsync(string drop, string folder, string? registry)
    {
        using var process = Process.GetCurrentProcess();
        var lines = new List<(string Stage, double Micros)>();
        var items = new List<IncomingPost>();
        var parse = await CpuAsync(process, async () =>
        {
            await foreach (var item in new JsonlFileSource(drop, 1 << 20).ReadAsync(null, CancellationToken.None))
            {
                if (item is IncomingPost post)
                {
                    items.Add(post);
                }
            }
        });
        var n = items.Count;
        lines.Add(("parse (JsonlFileSource)", parse.TotalMicroseconds / n));

        var scrubber = new PhiScrubber();
        var scrubbed = new string[n];
        lines.Add(("scrub (PhiScrubber)", Cpu(process, () => { for (var i = 0; i < n; i++) { scrubbed[i] = scrubber.Scrub(items[i].Text, []).Text; } }).TotalMicroseconds / n));
        var tagger = ClinicalTagger.CreateDefault();
        lines.Add(("tag (ClinicalTagger)", Cpu(process, () => { foreach (var text in scrubbed) { tagger.Tag(text); } }).TotalMicroseconds / n));
        using var model = registry is null ? null : new PromotedSentimentModel(new ModelRegistry(registry), TimeProvider.System, TimeSpan.Zero);
        if (model?.Version is not null)
        {
            var tagged = scrubbed.Select(text => new TaggedText(text, tagger.Tag(text))).ToArray();
            lines.Add(($"sentiment (model {model.Version}, one batch)", Cpu(process, () => model.Classify(tagged)).TotalMicroseconds / n));
        }

        var options = Options.Create(new IngestOptions { AuthorKeySecret = new string('k', 32) });
        var enricher = new PostEnricher(scrubber, tagger, options, TimeProvider.System, model);
        var posts = new TaggedPost[n];
        lines.Add(("enrich (PostEnricher: validate, scrub, tag, author key; then the models over the batch)", Cpu(process, () =>
        {
            for (var i = 0; i < n; i++)
            {
                posts[i] = enricher.Enrich("drop:bench", items[i], []).Post!;
            }

            posts = [.. enricher.ApplyModels(posts)];
        }).TotalMicroseconds / n));

        Directory.CreateDirectory(folder);
        var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(folder, "stages.db") }));
        var store = new SqliteIngestStore(database, TimeProvider.System);
        // As in the pipeline: the rows' values are derived with the enrichment, off the writer (decision 067).
        var batches = new List<IngestBatch>();
        lines.Add(("row values (PreparedPostRow; on the enrichment threads in the pipeline)", Cpu(process, () =>
        {
            for (var start = 0; start < n; start += 500)
            {
                var batch = posts.Skip(start).Take(500).ToList();
                batches.Add(new IngestBatch("drop:bench", start.ToString(CultureInfo.InvariantCulture), batch, [], [], []).WithPreparedRows());
            }
        }).TotalMicroseconds / n));
        var storing = await CpuAsync(process, async () =>
        {
            foreach (var batch in batches)
            {
                await store.CommitAsync(batch, CancellationToken.None);
            }

            await store.CheckpointAsync(CancellationToken.None);
        });
        lines.Add(("store (SqliteIngestStore.CommitAsync of the prepared batches, 500 a batch: the writer)", storing.TotalMicroseconds / n));
        SqliteConnection.ClearAllPools();

        var (_, _, bare) = BareFts5Insert.Run(drop, Path.Combine(folder, "bare.db"), 500);
        lines.Add(("reference: bare FTS5 insert", bare.TotalMicroseconds / n));
        var reference = lines[^1].Micros;
        return string.Join('\n', [
            $"| stage, one thread, {n:N0} posts | CPU µs per post | × bare FTS5 insert |",
            "|---|---:|---:|",
            .. lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"| {l.Stage} | {l.Micros:F1} | {l.Micros / reference:F2} |"))]);
    }

    /// <summary>The process's CPU time over <paramref name="action"/>.</summary>
    internal static TimeSpan Cpu(Process process, Action action)
    {
        process.Refresh();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }

    private static async Task<TimeSpan> CpuAsync(Process process, Func<Task> action)
    {
        process.Refresh();
        var before = process.TotalProcessorTime;
        await action();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }
}
