using System.Globalization;
using CsvHelper;
using Sermo.Analytics.Learning;

namespace Sermo.Worker.Cli;

/// <summary>
/// Label files for <c>train</c>/<c>eval</c>/<c>labels</c>: CSV with a header naming <c>label</c> and <c>text</c> (other
/// columns ignored), RFC 4180 quoting so text may hold commas, quotes and newlines. A bad record stops the read with
/// an error naming file:line.
/// </summary>
internal static class LabeledCsv
{
    private static readonly CsvReaderOptions ReadOptions = CsvReaderOptions.Default with
    {
        HasHeader = true,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        SkipEmptyLines = true,
    };

    private static readonly CsvWriterOptions WriteOptions = new()
    {
        // Labelers open these in spreadsheets: a post starting with "=" must stay text.
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\n",
    };

    /// <summary>Reads label,text rows; <paramref name="skipUnlabeled"/> drops rows with an empty label (an export a labeler has not finished) instead of failing.</summary>
    public static List<LabeledText> Read(string path, bool skipUnlabeled = false)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"label file '{path}' does not exist", path);
        }

        var rows = new List<LabeledText>();
        var line = 1L;
        try
        {
            using var csv = CsvReader.FromFile(path, ReadOptions);
            var header = csv.Headers.ToArray();
            var labelColumn = Array.FindIndex(header, h => h.Trim().Equals("label", StringComparison.OrdinalIgnoreCase));
            var textColumn = Array.FindIndex(header, h => h.Trim().Equals("text", StringComparison.OrdinalIgnoreCase));
            if (labelColumn < 0 || textColumn < 0)
            {
                throw new InvalidDataException($"{path}:1: header must name 'label' and 'text' columns, found '{string.Join(",", header)}'");
            }

            while (csv.Read())
            {
                line = csv.LineNumber;
                if (csv.FieldCount <= Math.Max(labelColumn, textColumn))
                {
                    throw new InvalidDataException($"{path}:{line}: expected {header.Length} fields ({string.Join(",", header)}), found {csv.FieldCount}");
                }

                var label = csv.GetString(labelColumn).Trim();
                if (label.Length == 0 && skipUnlabeled)
                {
                    continue;
                }

                if (label.Length == 0)
                {
                    throw new InvalidDataException($"{path}:{line}: empty label");
                }

                rows.Add(new LabeledText(label, csv.GetString(textColumn), (int)line));
            }
        }
        catch (CsvFormatException ex)
        {
            var at = ex.LineNumber > 0 ? ex.LineNumber : line + 1;
            throw new InvalidDataException($"{path}:{at}: malformed CSV: {ex.Message}", ex);
        }

        return rows;
    }

    /// <summary>Writes a training file: header label,text.</summary>
    public static void WriteLabeled(string path, IEnumerable<LabeledText> rows)
    {
        using var csv = CsvWriter.ToFile(path, WriteOptions);
        csv.WriteHeader(["label", "text"]);
        foreach (var row in rows)
        {
            csv.WriteField(row.Label);
            csv.WriteField(row.Text);
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>Writes an export for labelers: header id,label,text.</summary>
    public static void Write(string path, IEnumerable<(string Id, string Label, string Text)> rows)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var csv = CsvWriter.ToFile(path, WriteOptions);
        csv.WriteHeader(["id", "label", "text"]);
        foreach (var row in rows)
        {
            csv.WriteField(row.Id);
            csv.WriteField(row.Label);
            csv.WriteField(row.Text);
            csv.EndRecord();
        }

        csv.Flush();
    }
}
