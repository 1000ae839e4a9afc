using Sermo.Ingest.Pipeline;
using Sermo.Reports.Outbox;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

internal static class DemoSummary
{
    public static void Print(IngestRunSummary ingest, RollupOutcome rollup, StoreTotals totals, IReadOnlyList<(string Client, ReportRun Run)> runs, DataFolder data, TimeSpan elapsed)
    {
        Console.WriteLine($"      posts read:            {ingest.Read:N0}");
        Console.WriteLine($"      ingested:              {ingest.Ingested:N0} (new {ingest.Inserted:N0}, changed {ingest.Updated:N0}, unchanged {ingest.Unchanged:N0})");
        Console.WriteLine($"      removed:               {ingest.Removed:N0} (deleted posts and opted-out members)");
        Console.WriteLine($"      dead-lettered:         {ingest.DeadLettered:N0}{Breakdown(ingest.DeadLettersByReason.Select(p => (p.Key, p.Value)))}");
        Console.WriteLine($"      identifiers scrubbed:  {ingest.Redactions:N0}");
        Console.WriteLine($"      tags found:            {ingest.TagsByType.Values.Sum():N0}{Breakdown(ingest.TagsByType.Select(p => (p.Key.ToString(), p.Value)))}");
        Console.WriteLine($"      cube:                  {rollup.DaysRebuilt:N0} days rolled up for {rollup.ClientsRolled} clients");
        Console.WriteLine($"      store now holds:       {totals.Posts:N0} posts, {totals.DeadLetters:N0} dead letters ({data.DatabasePath})");
        Console.WriteLine($"      time taken:            {elapsed.TotalSeconds:N1} s");
        Console.WriteLine($"Reports are in {data.Outbox}:");
        foreach (var (client, run) in runs)
        {
            Console.WriteLine($"      {client}: {run.Folder} ({string.Join(", ", run.Files.Select(f => f.Name))})");
        }
    }

    private static string Breakdown(IEnumerable<(string Name, int Count)> parts)
    {
        var list = parts.OrderByDescending(p => p.Count).Select(p => $"{p.Name} {p.Count:N0}").ToList();
        return list.Count == 0 ? "" : $" ({string.Join(", ", list)})";
    }
}
