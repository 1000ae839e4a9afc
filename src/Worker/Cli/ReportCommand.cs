using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>Runs client reports now (the same runner the Quartz schedules use) and prints where they landed.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var client = new Option<string?>("--client", "-c") { Description = "Only this client; default: every client." };
        var report = new Option<string?>("--report") { Description = "Only this report id of the client(s)." };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Report the period ending with this day (yyyy-MM-dd); default: today (UTC)." };
        var history = new Option<bool>("--history") { Description = "List past report runs (newest first: status, period, error, folder) instead of running." };
        var command = new Command("report", "Write client reports (the formats each definition lists: csv, xlsx, html, pdf, png, svg, its chart files, plus manifest.json) into DIR/outbox/<client>/ now.")
        {
            client, report, asOf, history,
        };
        command.Subcommands.Add(ReportAccessCommands.Rerender());
        command.Subcommands.Add(ReportAccessCommands.Key());
        command.Subcommands.Add(ReportAccessCommands.Reads());
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
            var services = host.Services;
            var clients = await services.GetRequiredService<IClientRegistry>().ListAsync(ct);
            var only = parse.GetValue(client);
            if (only is not null && clients.All(c => c.ClientId != only))
            {
                throw UserInputException.UnknownClient(only, clients);
            }

            if (parse.GetValue(history))
            {
                PrintHistory(await services.GetRequiredService<IReportRunLog>().ListAsync(only, HistoryRows, ct), parse.GetValue(report));
                return 0;
            }

            await services.GetRequiredService<IHeatMapCube>().RollupAsync(ct);
            var day = parse.GetValue(asOf) ?? DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var runner = services.GetRequiredService<ClientReportRunner>();
            var written = 0;
            foreach (var record in clients.Where(c => only is null || c.ClientId == only))
            {
                foreach (var definition in ReportDefinition.ParseAll(record.ClientId, record.ReportsJson).Where(r => parse.GetValue(report) is not { } id || r.Id == id))
                {
                    var run = await runner.RunAsync(record, definition, day, ct);
                    Console.WriteLine($"{record.ClientId}/{definition.Id}: {run.Folder}");
                    foreach (var skipped in run.Skipped)
                    {
                        await Console.Error.WriteLineAsync($"warning: {record.ClientId}/{definition.Id}: no {skipped.Format}. {skipped.Reason}");
                    }

                    written++;
                }
            }

            if (written == 0)
            {
                throw new UserInputException("No report matched --client/--report.");
            }

            return 0;
        }));
        return command;
    }

    private const int HistoryRows = 50;

    private static void PrintHistory(IReadOnlyList<ReportRunRecord> runs, string? reportId)
    {
        Console.WriteLine("started (UTC)        seconds  status     client/report                          period      detail");
        foreach (var run in runs.Where(r => reportId is null || r.ReportId == reportId))
        {
            var seconds = run.FinishedAt is { } finished ? (finished - run.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "-";
            var detail = run.Error ?? run.Folder ?? "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {seconds,7}  {run.Status,-9}  {run.ClientId + "/" + run.ReportId,-37}  {run.Period,-10}  {detail}"));
        }
    }
}
