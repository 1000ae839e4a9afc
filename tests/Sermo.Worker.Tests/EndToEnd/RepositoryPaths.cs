namespace Sermo.Worker.Tests.EndToEnd;

internal static class RepositoryPaths
{
    public static string Samples { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(samples, "forum", "members.jsonl")))
            {
                return samples;
            }
        }

        throw new DirectoryNotFoundException("samples/forum/members.jsonl not found above " + AppContext.BaseDirectory);
    }
}
