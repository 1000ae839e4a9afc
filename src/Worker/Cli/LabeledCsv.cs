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
        var rows = new List<LabeledText>();
        ReadRecords(path, ["label", "text"], (fields, line) =>
        {
            var label = fields[0].Trim();
            if (label.Length == 0 && !skipUnlabeled)
            {
                throw new InvalidDataException($"{path}:{line}: empty label");
            }

            if (label.Length > 0)
            {
                rows.Add(new LabeledText(label, fields[1], (int)line));
            }
        });
        return rows;
    }

    /// <summary>
    /// Reads a label file's records: the header must name <paramref name="columns"/> (other columns ignored), each
    /// record must reach them; <paramref name="record"/> gets those fields in that order and the record's line. Every
    /// failure names file:line.
    /// </summary>
    internal static void ReadRecords(string path, IReadOnlyList<string> columns, Action<string[], long> record)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"label file '{path}' does not exist", path);
        }

        var line = 1L;
        try
        {
            using var csv = CsvReader.FromFile(path, ReadOptions);
            var header = csv.Headers.ToArray();
            var at = columns.Select(name => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))).ToArray();
            if (at.Any(c => c < 0))
            {
                var names = columns.Select(c => $"'{c}'").ToArray();
                throw new InvalidDataException($"{path}:1: header must name {string.Join(", ", names[..^1])} and {names[^1]} columns, found '{string.Join(",", header)}'");
            }

            var fields = new string[at.Length];
            while (csv.Read())
            {
                line = csv.LineNumber;
                if (csv.FieldCount <= at.Max())
                {
                    throw new InvalidDataException($"{path}:{line}: expected {header.Length} fields ({string.Join(",", header)}), found {csv.FieldCount}");
                }

                for (var i = 0; i < at.Length; i++)
                {
                    fields[i] = csv.GetString(at[i]);
                }

                record(fields, line);
            }
        }
        catch (CsvFormatException ex)
        {
            var at = ex.LineNumber > 0 ? ex.LineNumber : line + 1;
            throw new InvalidDataException($"{path}:{at}: malformed CSV: {ex.Message}", ex);
        }
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
