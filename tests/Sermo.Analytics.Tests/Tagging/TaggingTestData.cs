namespace Sermo.Analytics.Tests.Tagging;

/// <summary>Finds the tagger's test data in the repository (Tagging/Gold, Tagging/Disambiguation) from the test binaries.</summary>
internal static class TaggingTestData
{
    public static string Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Sermo.Analytics.Tests", "Tagging", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/Sermo.Analytics.Tests/Tagging/{name} not found above {AppContext.BaseDirectory}");
    }
}
