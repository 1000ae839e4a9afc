using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Forum.Members;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary><c>forum role</c>: grants or revokes the forum's admin and moderator roles (the first admin has no one to approve them).</summary>
internal static class ForumCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "E-mail address the member registered with.", Required = true };
        var role = new Option<string>("--role") { Description = "admin or moderator.", Required = true };
        var revoke = new Option<bool>("--revoke") { Description = "Take the role away instead of granting it." };
        var roleCommand = new Command("role", "Grant (or --revoke) a registered member the forum's admin or moderator role; granting also approves the account.")
        {
            email,
            role,
            revoke,
        };
        roleCommand.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var name = parse.GetRequiredValue(role);
            if (!ForumRoles.IsKnown(name))
            {
                throw new UserInputException($"--role must be {ForumRoles.Admin} or {ForumRoles.Moderator}, not '{name}'.");
            }

            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
            var directory = host.Services.GetRequiredService<MemberDirectory>();
            var address = parse.GetRequiredValue(email);
            var granted = !parse.GetValue(revoke);
            if (!await directory.SetRoleAsync(address, name, granted, ct))
            {
                throw new UserInputException($"No forum account with e-mail '{address}'. Members register at /forum/register first.");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"{address}: {(granted ? "granted" : "revoked")} {name}");
            return 0;
        }));
        return new Command("forum", "Forum administration.") { roleCommand };
    }
}
