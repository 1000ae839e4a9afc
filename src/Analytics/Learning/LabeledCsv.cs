using System.Globalization;
using CsvHelper;

namespace Sermo.Analytics.Learning;

/// <summary>
/// Label files for <c>train</c>/<c>eval</c>/<c>labels</c> and the data team's page: CSV with a header naming
/// <c>label</c> and <c>text</c> (other columns ignored), RFC 4180 quoting so text may hold commas, quotes and newlines.
/// A bad record stops the read with an error naming source:line and the field.
/// </summary>
public static class LabeledCsv
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
        using var stream = OpenRead(path);
        return Read(stream, path, skipUnlabeled);
    }

    /// <summary>As <see cref="Read(string, bool)"/> from an upload; <paramref name="source"/> names it in errors.</summary>
    public static List<LabeledText> Read(Stream stream, string source, bool skipUnlabeled = false)
    {
        var rows = new List<LabeledText>();
        ReadRecords(stream, source, ["label", "text"], (fields, line) =>
        {
            var label = fields[0].Trim();
            if (label.Length == 0 && !skipUnlabeled)
            {
                throw new InvalidDataException($"{source}:{line}: empty label (field 'label')");
            }

            if (label.Length > 0 && string.IsNullOrWhiteSpace(fields[1]))
            {
                throw new InvalidDataException($"{source}:{line}: empty text for label '{label}' (field 'text')");
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
    public static void ReadRecords(string path, IReadOnlyList<string> columns, Action<string[], long> record)
    {
        using var stream = OpenRead(path);
        ReadRecords(stream, path, columns, record);
    }

    /// <summary>As <see cref="ReadRecords(string, IReadOnlyList{string}, Action{string[], long})"/> from a stream named <paramref name="source"/>.</summary>
    public static void ReadRecords(Stream stream, string source, IReadOnlyList<string> columns, Action<string[], long> record)
    {
        var line = 1L;
        try
        {
            using var csv = CsvReader.Create(stream, ReadOptions, true);
            var header = csv.Headers.ToArray();
            var at = columns.Select(name => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))).ToArray();
            if (at.Any(c => c < 0))
            {
                var names = columns.Select(c => $"'{c}'").ToArray();
                throw new InvalidDataException($"{source}:1: header must name {string.Join(", ", names[..^1])} and {names[^1]} columns, found '{string.Join(",", header)}'");
            }

            var fields = new string[at.Length];
            while (csv.Read())
            {
                line = csv.LineNumber;
                if (csv.FieldCount <= at.Max())
                {
                    var missing = columns[Array.FindIndex(at, c => c >= csv.FieldCount)];
                    throw new InvalidDataException($"{source}:{line}: expected {header.Length} fields ({string.Join(",", header)}), found {csv.FieldCount}: no '{missing}' field");
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
            throw new InvalidDataException($"{source}:{at}: malformed CSV: {ex.Message}", ex);
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

    /// <summary>Writes a label file with <paramref name="header"/> and one record per row (fields in the header's order).</summary>
    public static void WriteRows(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = CsvWriter.ToFile(path, WriteOptions);
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>Writes an export for labelers (header id,label,text) to a file, creating its folder.</summary>
    public static void WriteExport(string path, IEnumerable<LabelExportRow> rows)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var stream = File.Create(path);
        WriteExport(stream, rows);
    }

    /// <summary>Writes an export for labelers (header id,label,text): the store's row id, the suggested label or empty, the scrubbed text.</summary>
    public static void WriteExport(Stream stream, IEnumerable<LabelExportRow> rows)
    {
        using var csv = CsvWriter.Create(stream, WriteOptions, true);
        csv.WriteHeader(["id", "label", "text"]);
        foreach (var row in rows)
        {
            csv.WriteField(row.Id.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.Label);
            csv.WriteField(row.Text);
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static FileStream OpenRead(string path) =>
        File.Exists(path) ? File.OpenRead(path) : throw new FileNotFoundException($"label file '{path}' does not exist", path);
}
