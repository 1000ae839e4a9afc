using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary><c>portal key issue|list|revoke</c> and <c>portal refusals</c>.</summary>
internal static class PortalKeyCommands
{
    private const int RefusalRows = 100;

    public static Command Create() => new("key", "API keys for machines: each acts as the account it was issued to, expires, and can be revoked.")
    {
        Issue(), List(), Revoke(),
    };

    public static Command Refusals()
    {
        var command = new Command("refusals", $"Requests the portal's policies refused, newest first (last {RefusalRows}): when, why, whose account (- for none), what.");
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = PortalCommand.BuildHost(parse);
            foreach (var r in await host.Services.GetRequiredService<AccessRefusals>().ListAsync(RefusalRows, ct))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{r.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {r.Reason,-15}  {r.Caller ?? "-",-29}  {r.Method} {r.Path}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command Issue()
    {
        var email = new Option<string>("--email") { Description = "The account the key acts for.", Required = true };
        var name = new Option<string>("--name") { Description = "What the key is for (shown in `portal key list`).", DefaultValueFactory = _ => "api" };
        var days = new Option<int?>("--days") { Description = "Days until the key expires (default Portal:Access:KeyLifetime, 90 days)." };
        var command = new Command("issue", "Issue an API key (printed once; only its hash is stored).") { email, name, days };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = PortalCommand.BuildHost(parse);
            var account = await PortalCommand.AccountAsync(host.Services, parse.GetRequiredValue(email), ct);
            var lifetime = parse.GetValue(days) is { } d ? TimeSpan.FromDays(d) : (TimeSpan?)null;
            var issued = await host.Services.GetRequiredService<PortalApiKeys>().IssueAsync(account.AccountId, parse.GetValue(name) ?? "api", lifetime, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{issued.KeyId} for {account.Email} ({account.Role}), expires {issued.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
            await output.WriteLineAsync(issued.Key);
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var email = new Option<string?>("--email") { Description = "Only this account's keys." };
        var command = new Command("list", "Keys (never their secrets): id, account, name, created, expires, revoked.") { email };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = PortalCommand.BuildHost(parse);
            var account = parse.GetValue(email) is { } address ? await PortalCommand.AccountAsync(host.Services, address, ct) : null;
            foreach (var k in await host.Services.GetRequiredService<PortalApiKeys>().ListAsync(account?.AccountId, ct))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{k.KeyId}  {k.AccountId}  {k.Name,-16}  created {k.CreatedAt.UtcDateTime:yyyy-MM-dd}  expires {k.ExpiresAt.UtcDateTime:yyyy-MM-dd}  {(k.RevokedAt is null ? "live" : "revoked")}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Option<string>("--id") { Description = "The key id (key_…), from `portal key list` or the issue line.", Required = true };
        var command = new Command("revoke", "Revoke one key: it stops working at once.") { id };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = PortalCommand.BuildHost(parse);
            var keyId = parse.GetRequiredValue(id);
            if (!await host.Services.GetRequiredService<PortalApiKeys>().RevokeAsync(keyId, ct))
            {
                throw new UserInputException($"No live key '{keyId}'.");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"revoked {keyId}");
            return 0;
        }));
        return command;
    }
}
