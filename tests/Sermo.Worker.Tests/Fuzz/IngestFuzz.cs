using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Forum.Engine;
using Sermo.Ingest.Pipeline;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// Every source: malformed batches pushed over HTTP, malformed files dropped, malformed posts published in the forum.
/// Then ingest runs each source: nothing throws, and every record read is stored or dead-lettered with a reason, one
/// for one (a source's refused records equal its dead-lettered records, counted per record).
/// </summary>
internal static class IngestFuzz
{
    public const string Push = "push source (HTTP)";
    public const string Drop = "drop source (files)";
    public const string Forum = "forum feed source";
    public const string Accounting = "ingest accounting";

    private static readonly string[] MediaTypes = ["application/x-ndjson", "application/x-ndjson", "application/jsonl", "application/json", "text/plain", "application/x-ndjson; charset=latin1", ""];

    public static async Task PushAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count, int round)
    {
        for (var i = 0; i < count; i++)
        {
            var body = text.DropBody($"push{round}x{i}", text.Next(1, 40));
            using var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", text.Pick(MediaTypes));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/posts") { Content = content };
            // Without validation: a junk token may hold a NUL or a line break, which the client library would refuse to build.
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + (text.Chance(0.95) ? FuzzWorld.PushToken : text.Junk()));
            if (await findings.SendAsync(world.Http, request, Push) is not { } sent)
            {
                continue;
            }

            using var response = sent;
            var answer = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            findings.Tried(Push, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var input = Encoding.UTF8.GetString(body);
            if (status is not (202 or 400 or 401 or 413 or 415))
            {
                findings.Failed(Push, input, $"answered {status}: {FuzzFindings.Shown(answer)}");
            }
            else if (status == 202)
            {
                CheckReceipt(answer, input, findings);
            }
        }
    }

    public static async Task DropAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count, int round)
    {
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(world.Data, "drop", $"fuzz-{round}-{i}.jsonl");
            await File.WriteAllBytesAsync(path, text.DropBody($"drop{round}x{i}", text.Next(1, 40)));
            findings.Tried(Drop, "dropped");
        }
    }

    public static async Task ForumAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count, int round)
    {
        var forum = world.Services.GetRequiredService<ForumEngine>();
        var threads = ("t0001", "m0133");
        for (var i = 0; i < count; i++)
        {
            var body = text.Next(6) switch
            {
                0 => "",
                1 => text.Junk(60),
                2 => new string('x', text.Next(90_000, 120_000)),
                3 => "\uD800 " + text.Junk(),
                4 => "Call Dr. Jane Smith at 555-201-3344 about MRN 12345678; " + text.Junk(),
                _ => "Eliquis and apixaban in week " + text.Next(50) + " " + text.Junk(3),
            };
            var at = text.Next(5) switch
            {
                0 => DateTimeOffset.MinValue,
                1 => DateTimeOffset.MaxValue,
                2 => new DateTimeOffset(1999, 12, 31, 23, 0, 0, TimeSpan.Zero),
                _ => new DateTimeOffset(2026, 1 + text.Next(9), 1 + text.Next(27), 10, 0, 0, TimeSpan.Zero),
            };
            try
            {
                await forum.PublishAsync(new ForumPost($"fuzz-{round}-{i}", threads.Item1, null, threads.Item2, at, body), CancellationToken.None);
                findings.Tried(Forum, "published");
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                // The forum engine's own refusal: the post never reaches the feed.
                findings.Tried(Forum, "refused by the forum: " + ex.GetType().Name);
            }
        }
    }

    /// <summary>Runs ingest over every source and checks each one's books.</summary>
    public static async Task IngestAndAccountAsync(FuzzWorld world, FuzzFindings findings, Dictionary<string, long> deadLettersBefore)
    {
        IReadOnlyList<(string Source, IngestRunSummary Summary)> summaries;
        try
        {
            summaries = await world.IngestEachSourceAsync();
        }
        catch (Exception ex)
        {
            findings.Failed(Accounting, "ingest of every source", $"ingest threw {ex.GetType().Name}: {ex.Message}");
            return;
        }

        foreach (var (source, summary) in summaries.Where(s => s.Summary.Read > 0))
        {
            findings.Tried(Accounting, summary.DeadLettered > 0 ? "source with refused records" : "source without refused records");
            var stored = summary.Inserted + summary.Updated + summary.Unchanged;
            if (source != "forum" && stored + summary.DeadLettered != summary.Read)
            {
                findings.Failed(Accounting, source, $"read {summary.Read}, stored {stored}, dead-lettered {summary.DeadLettered}: a record is unaccounted for");
            }

            var (records, explained) = world.DeadLetters(source);
            var before = deadLettersBefore.GetValueOrDefault(source);
            deadLettersBefore[source] = records;
            if (records - before != summary.DeadLettered || !explained)
            {
                findings.Failed(Accounting, source, $"{summary.DeadLettered} refused but {records - before} dead-lettered records (every row with a reason: {explained})");
            }
        }

        if (world.DeadLettersQuoting(FuzzText.PhiMarker) is > 0 and var quoting)
        {
            findings.Failed(Accounting, "dead letters", $"{quoting} dead-letter rows quote a refused line's property name (P9: Sermo's own words only)");
        }
    }

    private static void CheckReceipt(string answer, string input, FuzzFindings findings)
    {
        using var receipt = FuzzWorld.TryParse(answer);
        if (receipt is null)
        {
            findings.Failed(Push, input, "202 without a JSON receipt");
            return;
        }

        var root = receipt.RootElement;
        var (lines, accepted, rejected) = (root.GetProperty("lines").GetInt32(), root.GetProperty("accepted").GetInt32(), root.GetProperty("rejectedCount").GetInt32());
        var byReason = root.GetProperty("rejectedByReason").EnumerateObject().Sum(r => r.Value.GetInt32());
        if (lines != accepted + rejected || byReason != rejected || root.GetProperty("rejected").GetArrayLength() > Math.Min(rejected, 20) || answer.Length > 20_000)
        {
            findings.Failed(Push, input, $"receipt does not add up or is not bounded: {FuzzFindings.Shown(answer)}");
        }
    }
}
