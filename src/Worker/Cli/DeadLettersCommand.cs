using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Ingest.DeadLetters;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Worker.Hosting;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>deadletters list|show|replay</c>: the operator's view of what ingest refused. A row is one refused record or a run
/// of records of one source refused for the same reason; its count covers every record. Nothing shown is raw text:
/// <c>show</c> reads the record again from its origin and prints it scrubbed (decision 018).
/// </summary>
internal static class DeadLettersCommand
{
    /// <summary>Rows one replay takes up at most; run it again for the rest.</summary>
    private const int ReplayRows = 10_000;

    private const int DetailChars = 110;

    public static Command Create()
    {
        var command = new Command("deadletters", "List, show and replay the records ingest refused (dead letters), by reason, source and time.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Replay());
        return command;
    }

    private static Command List()
    {
        var filter = new FilterOptions();
        var limit = new Option<int>("--limit") { Description = "Rows to print (1..10000).", DefaultValueFactory = _ => 50 };
        var command = new Command("list", "Dead letters newest first, with the records of each reason counted first. Replayed rows are left out unless --replayed.") { limit };
        filter.AddTo(command);
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var rows = parse.GetValue(limit) is var n and >= 1 and <= ReplayRows ? n : throw new UserInputException($"--limit must be 1..{ReplayRows}.");
            var selection = filter.Read(parse) with { Limit = rows };
            using var host = BuildHost(parse);
            var store = host.Services.GetRequiredService<IDeadLetterStore>();
            var counts = await store.CountAsync(selection, ct);
            Console.WriteLine(counts.Count == 0 ? "no dead letters" : "records by reason: " + string.Join(", ", counts.Select(c => $"{c.Reason} {c.Records:N0}")));
            foreach (var row in await store.ListAsync(selection, ct))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"#{row.Id,-6} {row.ReceivedAt.UtcDateTime:yyyy-MM-dd HH:mm}  {row.Source,-28} {Span(row),-24} {row.Records,7:N0}  {row.Reason,-16} {Truncate(row.Detail)}{Replayed(row)}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<long>("id") { Description = "The row's number, as `deadletters list` prints it (#12 → 12)." };
        var command = new Command("show", "One dead letter: source, positions, record count, reason, detail, replay outcome, and the first record's text scrubbed as ingest would store it (never raw).") { id };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            var row = await host.Services.GetRequiredService<IDeadLetterStore>().FindAsync(parse.GetValue(id), ct)
                ?? throw new UserInputException($"No dead letter #{parse.GetValue(id)}; `sermo deadletters list` shows the numbers.");
            var (excerpt, why) = await host.Services.GetRequiredService<DeadLetterReplay>().ExcerptAsync(row, ct);
            Console.WriteLine($"dead letter #{row.Id}");
            Console.WriteLine($"  source:    {row.Source}, {Span(row)}");
            Console.WriteLine($"  records:   {row.Records:N0}");
            Console.WriteLine($"  reason:    {row.Reason}");
            Console.WriteLine($"  detail:    {SermoCommandLine.OneLine(row.Detail)}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  received:  {row.ReceivedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z"));
            if (row.ReplayedAt is { } replayed)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  replayed:  {replayed.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z, {row.ReplayOutcome}"));
            }

            Console.WriteLine(excerpt is null ? $"  excerpt:   none ({why})" : $"  excerpt (scrubbed): {SermoCommandLine.OneLine(excerpt)}");
            return 0;
        }));
        return command;
    }

    private static Command Replay()
    {
        var ids = new Argument<long[]>("id") { Description = "Rows to replay (as `deadletters list` numbers them); or select with the options.", Arity = ArgumentArity.ZeroOrMore };
        var filter = new FilterOptions();
        var all = new Option<bool>("--all") { Description = "Every row not replayed yet." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list what would be replayed." };
        var command = new Command("replay",
            "After a fix, read the selected rows' records again from where they came from (the drop/push file's lines in DIR/drop or, once drained, DIR/drop/processed for " +
            "Ingest:RawRetentionDays (7); the forum feed) and ingest them: " +
            "what passes now is stored (never over a post stored since), what is refused again gets a new row, and the row is marked replayed; then the cube is rolled up.")
        {
            ids, all, dryRun,
        };
        filter.AddTo(command);
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var selection = filter.Read(parse) with { Limit = ReplayRows };
            var chosen = parse.GetValue(ids) ?? [];
            if (chosen.Length == 0 && !parse.GetValue(all) && selection == new DeadLetterFilter(Limit: ReplayRows))
            {
                throw new UserInputException("Say which dead letters to replay: their numbers, --reason, --source, --since/--until, or --all.");
            }

            using var host = BuildHost(parse);
            var rows = await SelectAsync(host.Services.GetRequiredService<IDeadLetterStore>(), chosen, selection, ct);
            if (parse.GetValue(dryRun))
            {
                rows.ForEach(r => Console.WriteLine($"would replay #{r.Id} {r.Source} {Span(r)}: {r.Records:N0} {r.Reason}"));
                return 0;
            }

            return await ReplayAsync(host, rows, ct);
        }));
        return command;
    }

    private static async Task<List<StoredDeadLetter>> SelectAsync(IDeadLetterStore store, long[] ids, DeadLetterFilter filter, CancellationToken ct)
    {
        if (ids.Length == 0)
        {
            return [.. (await store.ListAsync(filter, ct)).OrderBy(r => r.Id)];
        }

        var rows = new List<StoredDeadLetter>();
        foreach (var id in ids.Distinct())
        {
            rows.Add(await store.FindAsync(id, ct) ?? throw new UserInputException($"No dead letter #{id}; `sermo deadletters list` shows the numbers."));
        }

        return rows;
    }

    private static async Task<int> ReplayAsync(IHost host, List<StoredDeadLetter> rows, CancellationToken ct)
    {
        await host.StartAsync(ct);
        try
        {
            var tally = await host.Services.GetRequiredService<DeadLetterReplays>().ReplayAsync(rows, ct);
            tally.Lines.ToList().ForEach(Console.WriteLine);
            if (tally.RollupJob is { } job)
            {
                var rollup = await host.Services.GetRequiredService<ForegroundJobs>().WaitAsync<RollupOutcome>(job, ct);
                Console.WriteLine($"cube: {rollup.DaysRebuilt:N0} days rolled up");
            }

            Console.WriteLine(tally.Summary);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        return 0;
    }

    private static IHost BuildHost(ParseResult parse) =>
        SermoHost.Build(DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false), parse.GetValue(SermoCommandLine.Verbose), ingestWorker: false);

    private static string Span(StoredDeadLetter row) => DeadLetterReplays.Span(row);

    private static string Replayed(StoredDeadLetter row) => row.ReplayedAt is null ? "" : $"  [replayed: {row.ReplayOutcome}]";

    private static string Truncate(string detail)
    {
        var line = SermoCommandLine.OneLine(detail);
        return line.Length <= DetailChars ? line : line[..DetailChars] + "…";
    }

    /// <summary>The options <c>list</c> and <c>replay</c> select rows with.</summary>
    private sealed class FilterOptions
    {
        private readonly Option<string?> _reason = new("--reason") { Description = "Only this reason (malformed-json, bad-timestamp, …)." };
        private readonly Option<string?> _source = new("--source") { Description = "Only this source: forum, drop, push, or one file as drop:NAME." };
        private readonly Option<DateTimeOffset?> _since = new("--since") { Description = "Received at or after (yyyy-MM-dd or an ISO time with offset)." };
        private readonly Option<DateTimeOffset?> _until = new("--until") { Description = "Received before (yyyy-MM-dd or an ISO time with offset)." };
        private readonly Option<bool> _replayed = new("--replayed") { Description = "Include rows already replayed." };

        public void AddTo(Command command)
        {
            command.Options.Add(_reason);
            command.Options.Add(_source);
            command.Options.Add(_since);
            command.Options.Add(_until);
            command.Options.Add(_replayed);
        }

        public DeadLetterFilter Read(ParseResult parse) => new(
            parse.GetValue(_reason), parse.GetValue(_source), parse.GetValue(_since), parse.GetValue(_until), parse.GetValue(_replayed));
    }
}
