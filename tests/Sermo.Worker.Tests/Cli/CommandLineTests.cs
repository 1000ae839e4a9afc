using System.CommandLine;
using Sermo.Worker.Cli;

namespace Sermo.Worker.Tests.Cli;

[Collection("Console")]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("demo", "--out")]
    [InlineData("ingest", "--watch")]
    [InlineData("heatmap", "--client")]
    [InlineData("report", "--as-of")]
    public void Help_EachVerb_ListsItsOptions(string verb, string option)
    {
        var command = SermoCommandLine.Create().Subcommands.Single(c => c.Name == verb);
        command.Description.Should().NotBeNullOrWhiteSpace();
        command.Options.Select(o => o.Name).Should().Contain(option);
    }

    [Fact]
    public async Task Heatmap_DataFolderWithoutDatabase_ExitsTwoNamingTheFolder()
    {
        var empty = Directory.CreateTempSubdirectory("sermo-empty-").FullName;
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = await SermoCommandLine.Create().Parse(["heatmap", "--client", "x", "--data", empty]).InvokeAsync();
            exit.Should().Be(2);
        }
        finally
        {
            Console.SetError(original);
            Directory.Delete(empty);
        }

        error.ToString().Should().Contain(empty).And.Contain("sermo.db");
    }

    [Fact]
    public async Task Demo_WithoutOut_IsAParseErrorNotACrash()
    {
        var result = SermoCommandLine.Create().Parse(["demo"]);
        result.Errors.Should().NotBeEmpty();
        (await result.InvokeAsync(new InvocationConfiguration { Error = new StringWriter(), Output = new StringWriter() })).Should().NotBe(0);
    }
}
