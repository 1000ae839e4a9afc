using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Hosting;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Cli;

/// <summary>
/// Runs client reports now, through the Hangfire job the schedules run (rollup first), and prints where they landed.
/// A report that fails does not stop the others; the exit code says the worst (2 for a broken definition).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var client = new Option<string?>("--client", "-c") { Description = "Only this client; default: every client." };
        var report = new Option<string?>("--report") { Description = "Only this report id of the client(s)." };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Report the period ending with this day (yyyy-MM-dd); default: the last bucket that has ended (privacy rule P13). A day in a bucket still open is refused unless --allow-open-bucket." };
        var allowOpen = new Option<bool>("--allow-open-bucket")
        {
            Description = "With --as-of: an internal run that may include a bucket still open (privacy rule P13), written to DIR/internal-reports/<client>/ "
                + "(never the outbox a client reads) and marked \"internal — not for release\" inside every file (CSV first line, XLSX properties and page headers, "
                + "a band on every chart, the PDF's page header). Without it, an --as-of day in an open bucket is refused.",
        };
        var history = new Option<bool>("--history") { Description = "List past report runs (newest first: status, the name logs give the report, period, error, folder) instead of running." };
        var command = new Command("report", "Write client reports (the formats each definition lists: csv, xlsx, html, pdf, png, svg, its chart files, plus manifest.json) into DIR/outbox/<client>/ now.")
        {
            client, report, asOf, allowOpen, history,
        };
        command.Subcommands.Add(ReportAccessCommands.Rerender());
        command.Subcommands.Add(ReportAccessCommands.Key());
        command.Subcommands.Add(ReportAccessCommands.Reads());
        command.Subcommands.Add(ReportAccessCommands.Refusals());
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose), ingestWorker: false);
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

            var day = DayOptionWindow.Check("--as-of", parse.GetValue(asOf), services) is { } given ? JobArguments.Day(given) : null;
            var internalRun = parse.GetValue(allowOpen);
            if (internalRun && day is null)
            {
                throw new UserInputException("--allow-open-bucket needs --as-of: it names the open bucket an internal run may include.");
            }

            var selected = clients.Where(c => only is null || c.ClientId == only).ToList();
            await host.StartAsync(ct);
            try
            {
                return await RunReportsAsync(services.GetRequiredService<ForegroundJobs>(), selected, parse.GetValue(report), day, internalRun, ct);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }));
        return command;
    }

    private static async Task<int> RunReportsAsync(ForegroundJobs jobs, IReadOnlyList<ClientRecord> clients, string? reportId, string? asOf, bool internalRun, CancellationToken ct)
    {
        await jobs.RunAsync<CubeRollupJob, RollupOutcome>(j => j.RunAsync(CancellationToken.None), ct);
        var (written, exit) = (0, 0);
        foreach (var client in clients)
        {
            IReadOnlyList<ReportDefinition> definitions;
            try
            {
                definitions = ReportDefinition.ParseAll(client.ClientId, client.ReportsJson);
            }
            catch (InvalidDataException ex)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
                exit = 2;
                continue;
            }

            foreach (var definition in definitions.Where(r => reportId is null || r.Id == reportId))
            {
                written++;
                try
                {
                    var run = internalRun
                        ? await jobs.RunAsync<ClientReportJob, ReportRun>(j => j.RunInternalAsync(client.ClientId, definition.Id, asOf!, CancellationToken.None), ct)
                        : await jobs.RunAsync<ClientReportJob, ReportRun>(j => j.RunNowAsync(client.ClientId, definition.Id, asOf, CancellationToken.None), ct);
                    Console.WriteLine(internalRun ? $"{client.ClientId}/{definition.Id}: {run.Folder} (internal — not for release)" : $"{client.ClientId}/{definition.Id}: {run.Folder}");
                    foreach (var skipped in run.Skipped)
                    {
                        await Console.Error.WriteLineAsync($"warning: {client.ClientId}/{definition.Id}: no {skipped.Format}. {skipped.Reason}");
                    }
                }
                catch (JobFailedException ex)
                {
                    await Console.Error.WriteLineAsync($"error: {client.ClientId}/{definition.Id}: {ex.Message}");
                    exit = Math.Max(exit, ex.BadInput ? 2 : 1);
                }
            }
        }

        return written == 0 && exit == 0 ? throw new UserInputException("No report matched --client/--report.") : exit;
    }

    private const int HistoryRows = 50;

    private static void PrintHistory(IReadOnlyList<ReportRunRecord> runs, string? reportId)
    {
        // "in logs" is the name log lines give the report (decision 105): logs never carry its id.
        Console.WriteLine("started (UTC)        seconds  status     client/report                          in logs          period      detail");
        foreach (var run in runs.Where(r => reportId is null || r.ReportId == reportId))
        {
            var seconds = run.FinishedAt is { } finished ? (finished - run.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "-";
            var detail = run.Error ?? run.Folder ?? "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {seconds,7}  {run.Status,-9}  {run.ClientId + "/" + run.ReportId,-37}  {ReportLogName.For(run.ReportId),-15}  {run.Period,-10}  {detail}"));
        }
    }
}
