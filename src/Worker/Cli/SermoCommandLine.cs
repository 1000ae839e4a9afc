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
        root.Subcommands.Add(TopicsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ForumCommand.Create());
        root.Subcommands.Add(PortalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(LabelsCommand.Create());
        root.Subcommands.Add(SafetyCommand.Create());
        root.Subcommands.Add(DeadLettersCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs a command line as <c>sermo</c> does. A command line that does not parse (unknown verb or option, a
    /// value of the wrong type, a missing argument) is bad input: one line on stderr and exit 2, as for every other bad
    /// input, not System.CommandLine's help page and exit 1. Response files are off: an argument that starts with '@'
    /// (a query, a handle) is a value, never a file to read arguments from.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        var result = Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            var verb = result.CommandResult.Command is RootCommand ? "sermo" : $"sermo {result.CommandResult.Command.Name}";
            var error = configuration?.Error ?? Console.Error;
            await error.WriteLineAsync($"error: {string.Join(" ", result.Errors.Select(e => OneLine(e.Message)))} (`{verb} --help` lists the options)");
            return 2;
        }

        return await result.InvokeAsync(configuration, cancellationToken);
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
            await Console.Error.WriteLineAsync($"error: {OneLine(ex.Message)}");
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
            await Console.Error.WriteLineAsync($"configuration error: {OneLine(ex.Message)}");
            return 2;
        }
        catch (JobFailedException ex)
        {
            // The job's own reason; bad input (a broken definition, a missing model) is the user's to fix.
            await Console.Error.WriteLineAsync($"error: {OneLine(ex.Message)}");
            return ex.BadInput ? 2 : 1;
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync($"error: {OneLine(ex.Message)}");
            return 1;
        }
        catch (System.Text.Json.JsonException ex)
        {
            // A JSON file the user named (gold set, labels, a definition) that does not parse: bad input.
            await Console.Error.WriteLineAsync($"error: malformed JSON input: {OneLine(ex.Message)}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("stopped");
            return 130;
        }
        catch (Exception ex)
        {
            // A bug, not bad input: still one line (the type says where to look), never a stack trace on a user's terminal.
            await Console.Error.WriteLineAsync($"internal error: {ex.GetType().Name}: {OneLine(ex.Message)}");
            return 1;
        }
    }

    /// <summary>A message as one line: what an operator's terminal and log line show.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
