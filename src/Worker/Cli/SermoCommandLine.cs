using System.CommandLine;
using Microsoft.Extensions.Options;
using Sermo.Portal.Access;
using Sermo.Storage.Search;
using Sermo.Worker.Hosting;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Cli;

/// <summary>The <c>sermo</c> command line: one verb per file in this folder.</summary>
public static class SermoCommandLine
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = $"Data folder made by `demo` (holds sermo.db, drop/, outbox/). Defaults to ${DataFolder.EnvironmentVariable}.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log pipeline and scheduler activity to stderr.",
        Recursive = true,
    };

    public static RootCommand Create()
    {
        var root = new RootCommand("Sermo: anonymized physician conversation → tagged posts → client heat maps and reports.");
        root.Options.Add(Data);
        root.Options.Add(Verbose);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(HeatMapCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ScrubCommand.Create());
        root.Subcommands.Add(TagCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ForumCommand.Create());
        root.Subcommands.Add(PortalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(LabelsCommand.Create());
        return root;
    }

    /// <summary>Runs a verb body and turns expected failures into one clear line and an exit code.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (ex is UserInputException or PortalAccountException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (SearchIndexUnavailableException ex)
        {
            await Console.Error.WriteLineAsync($"search index error: {ex.Message}");
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"configuration error: {string.Join("; ", ex.Failures)}");
            return 2;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            var failures = ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures);
            await Console.Error.WriteLineAsync($"configuration error: {string.Join("; ", failures)}");
            return 2;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // A setting that does not bind to its type (e.g. "soon" for a TimeSpan): the message names the key.
            await Console.Error.WriteLineAsync($"configuration error: {ex.Message}");
            return 2;
        }
        catch (JobFailedException ex)
        {
            // The job's own reason; bad input (a broken definition, a missing model) is the user's to fix.
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return ex.BadInput ? 2 : 1;
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}
