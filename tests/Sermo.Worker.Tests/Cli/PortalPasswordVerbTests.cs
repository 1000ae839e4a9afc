using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Portal.Access;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Cli;

/// <summary>`portal user unlock|password|changes` on a fresh data folder with one locked operator account.</summary>
[Collection("Console")]
public sealed class PortalPasswordVerbTests : IAsyncLifetime
{
    private const string Password = "the operator's first password";
    private readonly TempDataFolder _folder = new("portal-verbs", create: false);

    public async Task InitializeAsync()
    {
        using var host = OpenHost();
        var accounts = host.Services.GetRequiredService<PortalAccounts>();
        await accounts.CreateAsync("ops@sermo.test", PortalRoles.Operator, null, Password, CancellationToken.None);
        for (var i = 0; i < new PortalAccessOptions().MaxFailedSignIns; i++)
        {
            await accounts.SignInAsync("ops@sermo.test", "wrong", CancellationToken.None);
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UnlockThenPasswordFromStdin_SignsInWithTheNewOneAndChangesListsBoth()
    {
        (await SignInAsync(Password)).LockedUntil.Should().NotBeNull("the account starts locked");

        var unlock = await CliRun.RunAsync("portal", "user", "unlock", "--email", "OPS@sermo.test", "--data", _folder);
        var afterUnlock = await SignInAsync(Password);
        var originalIn = Console.In;
        Console.SetIn(new StringReader("the operator's second password\n"));
        (int Exit, string Output, string Error) password;
        try
        {
            password = await CliRun.RunAsync("portal", "user", "password", "--email", "ops@sermo.test", "--password-stdin", "--data", _folder);
        }
        finally
        {
            Console.SetIn(originalIn);
        }

        var changes = await CliRun.RunAsync("portal", "user", "changes", "--data", _folder);

        unlock.Should().Match<(int Exit, string Output, string Error)>(r => r.Exit == 0 && r.Output.Contains("unlocked ops@sermo.test"));
        afterUnlock.Succeeded.Should().BeTrue();
        password.Exit.Should().Be(0);
        password.Output.Should().Contain("password set for ops@sermo.test").And.NotContain("second password");
        (await SignInAsync(Password)).Succeeded.Should().BeFalse();
        (await SignInAsync("the operator's second password")).Succeeded.Should().BeTrue();
        changes.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().SatisfyRespectively(
            newest => newest.Should().Contain("ops@sermo.test").And.Contain("password-set").And.Contain("cli:"),
            oldest => oldest.Should().Contain("unlocked"));
    }

    [Fact]
    public async Task PasswordGenerated_PrintedOnceAndSignsIn()
    {
        var (exit, output, _) = await CliRun.RunAsync("portal", "user", "password", "--email", "ops@sermo.test", "--data", _folder);

        exit.Should().Be(0);
        var generated = output.Split('\n').Single(l => l.StartsWith("password (shown once): ", StringComparison.Ordinal))["password (shown once): ".Length..].Trim();
        (await SignInAsync(generated)).Succeeded.Should().BeTrue("a password set by an admin also ends the lockout");
    }

    [Theory]
    [InlineData("unlock")]
    [InlineData("password")]
    public async Task UnknownEmail_ExitsTwoNamingIt(string verb)
    {
        var (exit, _, error) = await CliRun.RunAsync("portal", "user", verb, "--email", "nobody@sermo.test", "--data", _folder);

        exit.Should().Be(2);
        error.Should().Contain("nobody@sermo.test");
    }

    private IHost OpenHost() => SermoHost.Build(DataFolder.Resolve(_folder, create: true), verbose: false, ingestWorker: false);

    private async Task<PortalSignInResult> SignInAsync(string password)
    {
        using var host = OpenHost();
        return await host.Services.GetRequiredService<PortalAccounts>().SignInAsync("ops@sermo.test", password, CancellationToken.None);
    }
}
