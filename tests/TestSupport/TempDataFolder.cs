using Microsoft.Data.Sqlite;

namespace Sermo.TestSupport;

/// <summary>
/// A folder of its own under the temp directory for one test class, fixture or host: made at construction (or left for
/// the code under test to make, such as <c>demo --out</c>, a drop folder or an outbox), deleted with everything in it at
/// <see cref="Dispose"/>, after SQLite's pooled connections let go of its files. A folder that cannot be deleted fails the
/// test, naming the folder and the cause. It converts to its path, so it goes wherever a folder path does. Every test
/// project links this one file (tests/TestSupport) rather than writing its own temp-folder setup and teardown.
/// </summary>
public sealed class TempDataFolder : IDisposable
{
    /// <param name="name">Part of the folder's name (sermo-NAME-GUID), to tell whose folder a leftover is.</param>
    /// <param name="create">False where the code under test must make the folder itself.</param>
    public TempDataFolder(string name, bool create = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sermo-{name}-{Guid.NewGuid():N}");
        if (create)
        {
            Directory.CreateDirectory(Path);
        }
    }

    public string Path { get; }

    public static implicit operator string(TempDataFolder folder) => folder?.Path!;

    public override string ToString() => Path;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!Directory.Exists(Path))
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The test data folder {Path} could not be deleted: {ex.Message}", ex);
        }
    }
}
