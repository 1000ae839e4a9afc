using System.Diagnostics;

namespace Sermo.Worker.Tests;

public sealed class TempDataFolderTests
{
    [Fact]
    public void Dispose_FolderWithFilesAndSubfolders_Deleted()
    {
        var folder = new TempDataFolder("deleted");
        Directory.CreateDirectory(Path.Combine(folder, "outbox", "acme"));
        File.WriteAllText(Path.Combine(folder, "outbox", "acme", "report.html"), "<p>report</p>");

        folder.Dispose();

        Directory.Exists(folder.Path).Should().BeFalse();
        folder.Path.Should().StartWith(Path.Combine(Path.GetTempPath(), "sermo-deleted-"));
    }

    [Fact]
    public void Dispose_FolderThatCannotBeDeleted_FailsNamingTheFolder()
    {
        var folder = new TempDataFolder("undeletable");
        var pinned = Path.Combine(folder, "pinned.txt");
        File.WriteAllText(pinned, "kept");
        Chattr("+i", pinned);
        try
        {
            Action dispose = folder.Dispose;

            dispose.Should().Throw<IOException>().WithMessage($"The test data folder {folder.Path} could not be deleted: *");
        }
        finally
        {
            Chattr("-i", pinned);
            folder.Dispose();
        }
    }

    /// <summary>Sets or clears the immutable attribute, which stops even root (the test user on these machines) from deleting a file.</summary>
    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"chattr {flag} {path}: {error}");
    }
}
