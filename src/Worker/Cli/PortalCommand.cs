using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Portal.Access;
using Sermo.Storage.Clients;
using Sermo.Storage.Portal;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>portal user add|list|disable</c>, <c>portal user unlock|password|changes</c> (<see cref="PortalPasswordCommands"/>) and <c>portal key issue|list|revoke</c> (<see cref="PortalKeyCommands"/>): the
/// accounts and API keys of the portal. Passwords and keys are printed once and stored only as hashes.
/// </summary>
internal static class PortalCommand
{
    public static Command Create()
    {
        var user = new Command("user", "Portal accounts: clients (bound to one client id), analysts, the data team, operators, admins.")
        {
            Add(), List(), Disable(), PortalPasswordCommands.Unlock(), PortalPasswordCommands.Password(), PortalPasswordCommands.Changes(),
        };
        return new Command("portal", "Portal accounts, API keys and the audit of refused requests.")
        {
            user, PortalKeyCommands.Create(), PortalKeyCommands.Refusals(),
        };
    }

    internal static IHost BuildHost(ParseResult parse) =>
        SermoHost.Build(DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false), parse.GetValue(SermoCommandLine.Verbose));

    internal static async Task<PortalAccount> AccountAsync(IServiceProvider services, string email, CancellationToken cancellationToken) =>
        await services.GetRequiredService<PortalAccounts>().FindByEmailAsync(email, cancellationToken)
            ?? throw new UserInputException($"No portal account with e-mail '{email}'. `sermo portal user list` shows them.");

    private static Command Add()
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail (its sign-in name).", Required = true };
        var role = new Option<string>("--role") { Description = string.Join(" | ", PortalRoles.All), Required = true };
        var client = new Option<string?>("--client", "-c") { Description = "The client id a client account reads for (client role only)." };
        var machine = new Option<bool>("--machine") { Description = "A machine account: no password, it signs in only with API keys." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of generating one." };
        var command = new Command("add", "Create an account. Without --password-stdin or --machine a random password is generated and printed once.")
        {
            email, role, client, machine, passwordStdin,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            var clientId = parse.GetValue(client);
            if (clientId is not null)
            {
                var known = await host.Services.GetRequiredService<IClientRegistry>().ListAsync(ct);
                if (!known.Any(c => c.ClientId == clientId))
                {
                    throw UserInputException.UnknownClient(clientId, known);
                }
            }

            var generated = !parse.GetValue(machine) && !parse.GetValue(passwordStdin);
            var password = parse.GetValue(machine) ? null
                : parse.GetValue(passwordStdin) ? await Console.In.ReadLineAsync(ct) ?? throw new UserInputException("--password-stdin: standard input was empty.")
                : PortalPasswords.Generate();
            var account = await host.Services.GetRequiredService<PortalAccounts>()
                .CreateAsync(parse.GetRequiredValue(email), parse.GetRequiredValue(role), clientId, password, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"created {account.Role} account {account.Email} ({account.AccountId}){(account.ClientId is { } c ? " for client " + c : "")}");
            if (generated)
            {
                await output.WriteLineAsync($"password (shown once): {password}");
            }

            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Every account: e-mail, role, client, created, disabled.");
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            foreach (var a in await host.Services.GetRequiredService<PortalAccounts>().ListAsync(ct))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{a.Email,-32}  {a.Role,-9}  {a.ClientId ?? "-",-20}  {a.CreatedAt.UtcDateTime:yyyy-MM-dd}  {(a.DisabledAt is { } d ? "disabled " + d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "active")}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command Disable()
    {
        var email = new Option<string>("--email") { Description = "The account to disable.", Required = true };
        var command = new Command("disable", "Disable an account: its sessions end at once and its API keys stop working.") { email };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            var address = parse.GetRequiredValue(email);
            if (!await host.Services.GetRequiredService<PortalAccounts>().DisableAsync(address, ct))
            {
                throw new UserInputException($"No active portal account with e-mail '{address}'.");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"disabled {address}");
            return 0;
        }));
        return command;
    }
}
