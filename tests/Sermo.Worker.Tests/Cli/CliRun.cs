using System.CommandLine;
using Sermo.Worker.Cli;

namespace Sermo.Worker.Tests.Cli;

/// <summary>
/// Runs a sermo command line in-process and captures what it prints. Console is process-wide, so every test
/// class that uses this belongs to the "Console" collection, which xunit never runs in parallel with itself.
/// </summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await SermoCommandLine.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
