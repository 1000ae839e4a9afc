using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>
/// The text a person could read in a report file: CSV as it is, HTML and SVG as the text between their tags (chart
/// coordinates such as x="12.50342" are not text anyone reads, and would match digit identifiers by chance), XLSX as its
/// XML parts, PDF through poppler's pdftotext (installed by .ci/test). PNG holds no text layer to check.
/// </summary>
internal static partial class ReportText
{
    public static string Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => Xlsx(path),
        ".pdf" => Pdf(path),
        ".png" => "",
        ".html" or ".svg" => WebUtility.HtmlDecode(Tags().Replace(File.ReadAllText(path), " ")),
        _ => File.ReadAllText(path),
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

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
