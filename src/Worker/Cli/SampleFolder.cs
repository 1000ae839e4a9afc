using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>Finds the repository's samples/ folder: given explicitly, else the nearest one above the working or program folder.</summary>
internal static class SampleFolder
{
    public static string Resolve(string? option)
    {
        if (option is not null)
        {
            return Check(Path.GetFullPath(option)) ?? throw new UserInputException($"'{option}' is not a samples folder (no forum/members.jsonl in it).");
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Check(Path.Combine(dir.FullName, "samples")) is { } found)
                {
                    return found;
                }
            }
        }

        throw new UserInputException("Cannot find the samples/ folder; run from the repository or pass --samples PATH.");
    }

    private static string? Check(string path) => File.Exists(Path.Combine(path, "forum", "members.jsonl")) ? path : null;
}
