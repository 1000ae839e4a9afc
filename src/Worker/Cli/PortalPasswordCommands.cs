using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;
using Sermo.Storage.Portal;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>portal user unlock|password|changes</c>: reset a sign-in lockout, set a new password (ends the account's
/// sessions), and list those audited changes. Each change is audited with <c>cli:&lt;OS user&gt;</c> as who made it.
/// </summary>
internal static class PortalPasswordCommands
{
    public static Command Unlock()
    {
        var email = new Option<string>("--email") { Description = "The account whose lockout ends.", Required = true };
        var command = new Command("unlock", "End an account's sign-in lockout and forget its failed sign-ins (audited).") { email };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = PortalCommand.BuildHost(parse);
            var account = await host.Services.GetRequiredService<PortalAccounts>().UnlockAsync(parse.GetRequiredValue(email), Actor, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"unlocked {account.Email}");
            return 0;
        }));
        return command;
    }

    public static Command Password()
    {
        var email = new Option<string>("--email") { Description = "The account whose password is set.", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the new password from the first line of standard input instead of generating one." };
        var command = new Command("password", "Set a new password: the account's sessions end and its lockout is reset (audited). Without --password-stdin one is generated and printed once.")
        {
            email, passwordStdin,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = PortalCommand.BuildHost(parse);
            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? PortalPasswords.Generate()
                : await Console.In.ReadLineAsync(ct) ?? throw new UserInputException("--password-stdin: standard input was empty.");
            var account = await host.Services.GetRequiredService<PortalAccounts>().SetPasswordAsync(parse.GetRequiredValue(email), password, Actor, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"password set for {account.Email}: its sessions ended");
            if (generated)
            {
                await output.WriteLineAsync($"password (shown once): {password}");
            }

            return 0;
        }));
        return command;
    }

    public static Command Changes()
    {
        var limit = new Option<int>("--limit") { Description = "How many, newest first.", DefaultValueFactory = _ => 50 };
        var command = new Command("changes", "The audit of lockout resets and password changes: when, which account, what, by whom.") { limit };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = PortalCommand.BuildHost(parse);
            foreach (var change in await host.Services.GetRequiredService<PortalAccountTable>().ChangesAsync(parse.GetValue(limit), ct))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{change.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {change.Email,-32}  {change.Change,-16}  {change.Actor}"));
            }

            return 0;
        }));
        return command;
    }

    private static string Actor => "cli:" + Environment.UserName;
}
