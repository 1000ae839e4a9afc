using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
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
        var command = new Command("report", "Write client reports (heatmap.csv, heatmap.svg, manifest.json) into DIR/outbox/<client>/ now.")
        {
            client, report, asOf,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
            var services = host.Services;
            var clients = await services.GetRequiredService<IClientRegistry>().ListAsync(ct);
            var only = parse.GetValue(client);
            if (only is not null && clients.All(c => c.ClientId != only))
            {
                throw new UserInputException($"No client '{only}'. Known: {string.Join(", ", clients.Select(c => c.ClientId))}.");
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
}
