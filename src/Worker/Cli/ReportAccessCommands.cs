using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;
using Sermo.Reports.Rerendering;
using Sermo.Storage.Clients;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>report rerender</c>, <c>report key</c>, <c>report reads</c> and <c>report refusals</c>: keeping past reports free of
/// withdrawn excerpts where the outbox is served as plain files, issuing the client API keys, and reading the client read
/// audit and the audit of ad-hoc searches refused for singling out (P12).
/// </summary>
internal static class ReportAccessCommands
{
    private const int AuditRows = 100;

    public static Command Rerender()
    {
        var client = new Option<string?>("--client", "-c") { Description = "Only this client's reports; default: every client." };
        var command = new Command("rerender",
            "Re-render every stale past report (one that quoted a post deleted since, or an author who opted out) without those excerpts, in place. " +
            "The report API does this itself before serving; run this after each ingest where clients download the outbox as files.")
        {
            client,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            var only = await KnownClientAsync(host.Services, parse.GetValue(client), required: false, ct);
            var done = await host.Services.GetRequiredService<ReportRerenderer>().RerenderStaleAsync(only, ct);
            Console.WriteLine(done == 0 ? "no stale report" : $"re-rendered {done} report(s) without withdrawn excerpts");
            return 0;
        }));
        return command;
    }

    public static Command Key()
    {
        var client = new Option<string>("--client", "-c") { Description = "The client the key reads for.", Required = true };
        var revoke = new Option<bool>("--revoke") { Description = "Revoke every report key of the client instead of issuing one." };
        var command = new Command("key",
            "Issue a portal API key for the client's machine account (reports@<client>.clients.sermo, role client, created on first use), " +
            "for GET /api/clients/{client}/reports (printed once; only its hash is stored), or --revoke them all, and any key issued before the portal.")
        {
            client, revoke,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            var id = (await KnownClientAsync(host.Services, parse.GetValue(client), required: true, ct))!;
            var accounts = host.Services.GetRequiredService<PortalAccounts>();
            var email = $"reports@{id}.clients.sermo";
            var account = await accounts.FindByEmailAsync(email, ct) ?? await accounts.CreateAsync(email, PortalRoles.Client, id, null, ct);
            var keys = host.Services.GetRequiredService<PortalApiKeys>();
            if (parse.GetValue(revoke))
            {
                var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                var revoked = await keys.RevokeAllAsync(account.AccountId, ct) + await host.Services.GetRequiredService<IClientApiKeys>().RevokeAsync(id, now, ct);
                Console.WriteLine($"revoked {revoked} key(s) of {id}");
            }
            else
            {
                Console.WriteLine((await keys.IssueAsync(account.AccountId, "reports", null, ct)).Key);
            }

            return 0;
        }));
        return command;
    }

    public static Command Reads()
    {
        var client = new Option<string?>("--client", "-c") { Description = "Only reads of this client's reports or made with its key." };
        var command = new Command("reads",
            $"The client read audit, newest first (last {AuditRows}): when, whose reports, whose key (- for none), outcome (served, not-found, denied, no-key, failed, requested), what.")
        {
            client,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            foreach (var read in await host.Services.GetRequiredService<IClientReadAudit>().ListAsync(parse.GetValue(client), AuditRows, ct))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{read.ReadAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {read.ClientId,-20}  {read.Caller ?? "-",-20}  {read.Outcome,-9}  {read.Resource}"));
            }

            return 0;
        }));
        return command;
    }

    public static Command Refusals()
    {
        var command = new Command("refusals",
            $"Ad-hoc searches (query verb, /api/search) refused because they matched fewer than k distinct authors, newest first (last {AuditRows}): when, who, query, why.");
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            foreach (var refusal in await host.Services.GetRequiredService<Sermo.Storage.Search.ISearchRefusals>().ListAsync(AuditRows, ct))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{refusal.AskedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {refusal.AskedBy,-24}  {refusal.Query}  ({refusal.Reason})"));
            }

            return 0;
        }));
        return command;
    }

    private static Microsoft.Extensions.Hosting.IHost BuildHost(ParseResult parse) =>
        SermoHost.Build(DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false), parse.GetValue(SermoCommandLine.Verbose));

    private static async Task<string?> KnownClientAsync(IServiceProvider services, string? clientId, bool required, CancellationToken cancellationToken)
    {
        if (clientId is null && !required)
        {
            return null;
        }

        var clients = await services.GetRequiredService<IClientRegistry>().ListAsync(cancellationToken);
        return clients.Any(c => c.ClientId == clientId)
            ? clientId
            : throw UserInputException.UnknownClient(clientId ?? "", clients);
    }
}
