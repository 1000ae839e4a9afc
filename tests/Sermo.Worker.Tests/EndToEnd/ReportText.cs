using System.Diagnostics;
using System.IO.Compression;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>
/// The text a person could read in a report file: text formats as they are, XLSX as its XML parts,
/// PDF through poppler's pdftotext (installed by .ci/run). PNG holds no text layer to check.
/// </summary>
internal static class ReportText
{
    public static string Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => Xlsx(path),
        ".pdf" => Pdf(path),
        ".png" => "",
        _ => File.ReadAllText(path),
    };

    private static string Xlsx(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        return string.Join("\n", archive.Entries
            .Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }));
    }

    private static string Pdf(string path)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start; install poppler-utils.");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed on {path} with exit code {process.ExitCode}.");
        }

        return text;
    }
}
