using System.CommandLine;
using Sermo.Storage.Search;
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
        using var empty = new TempDataFolder("empty");
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
        }

        error.ToString().Should().Contain(empty).And.Contain("sermo.db");
    }

    [Fact]
    public async Task Heatmap_JoiningFolderWithOnlyTheAuthorKeySecret_ExitsTwoNamingTheMissingReleaseSecret()
    {
        // A host joining a shared store with a fresh release secret would noise its reports differently from its peers'.
        using var joining = new TempDataFolder("joining");
        File.WriteAllText(Path.Combine(joining, Hosting.DataFolder.SecretFile), "c2VybW8tam9pbmluZy1ob3N0LXNlY3JldC0wMDAwMDA=");
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = await SermoCommandLine.Create().Parse(["heatmap", "--client", "x", "--data", joining]).InvokeAsync();
            exit.Should().Be(2);
        }
        finally
        {
            Console.SetError(original);
        }

        error.ToString().Should().Contain(joining).And.Contain("no " + Hosting.DataFolder.ReleaseSecretFile);
    }

    [Fact]
    public async Task Run_SearchIndexUnusable_ExitsTwoWithItsOneLine()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = await SermoCommandLine.RunAsync(() => throw new SearchIndexUnavailableException(
                "Elasticsearch at http://es.test:9200/ is version 8.12.1; Sermo's client (Elastic.Clients.Elasticsearch 9.x) needs 9.0 or later"));
            exit.Should().Be(2);
        }
        finally
        {
            Console.SetError(original);
        }

        error.ToString().Should().Be("search index error: Elasticsearch at http://es.test:9200/ is version 8.12.1; Sermo's client (Elastic.Clients.Elasticsearch 9.x) needs 9.0 or later" + Environment.NewLine);
    }

    [Fact]
    public async Task Demo_WithoutOut_IsAParseErrorNotACrash()
    {
        var result = SermoCommandLine.Create().Parse(["demo"]);
        result.Errors.Should().NotBeEmpty();
        (await result.InvokeAsync(new InvocationConfiguration { Error = new StringWriter(), Output = new StringWriter() })).Should().NotBe(0);
    }
}
