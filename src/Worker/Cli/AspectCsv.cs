using CsvHelper;
using Sermo.Analytics.Aspects;

namespace Sermo.Worker.Cli;

/// <summary>
/// Aspect label files for <c>train aspects</c>/<c>eval aspects</c>: CSV with a header naming <c>drug</c>, <c>aspect</c>,
/// <c>polarity</c> and <c>text</c> (other columns ignored). Aspects: efficacy, safety (or safety/tolerability),
/// access, cost, dosing (or dosing/convenience); polarity: negative, neutral, positive. A bad record stops the read
/// with file:line and the reason.
/// </summary>
internal static class AspectCsv
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

    public static List<AspectExample> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"label file '{path}' does not exist", path);
        }

        var rows = new List<AspectExample>();
        var line = 1L;
        try
        {
            using var csv = CsvReader.FromFile(path, ReadOptions);
            var header = csv.Headers.ToArray();
            var columns = new[] { "drug", "aspect", "polarity", "text" }
                .Select(name => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))).ToArray();
            if (columns.Any(c => c < 0))
            {
                throw new InvalidDataException($"{path}:1: header must name 'drug', 'aspect', 'polarity' and 'text' columns, found '{string.Join(",", header)}'");
            }

            while (csv.Read())
            {
                line = csv.LineNumber;
                if (csv.FieldCount <= columns.Max())
                {
                    throw new InvalidDataException($"{path}:{line}: expected {header.Length} fields ({string.Join(",", header)}), found {csv.FieldCount}");
                }

                var aspectText = csv.GetString(columns[1]);
                var polarityText = csv.GetString(columns[2]);
                if (!AspectNames.TryParse(aspectText, out var aspect))
                {
                    throw new InvalidDataException($"{path}:{line}: unknown aspect '{aspectText}' (efficacy, safety, access, cost or dosing)");
                }

                if (!AspectNames.TryParsePolarity(polarityText, out var polarity))
                {
                    throw new InvalidDataException($"{path}:{line}: unknown polarity '{polarityText}' (negative, neutral or positive)");
                }

                var text = csv.GetString(columns[3]);
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new InvalidDataException($"{path}:{line}: empty text");
                }

                rows.Add(new AspectExample(csv.GetString(columns[0]).Trim(), aspect, polarity, text, (int)line));
            }
        }
        catch (CsvFormatException ex)
        {
            var at = ex.LineNumber > 0 ? ex.LineNumber : line + 1;
            throw new InvalidDataException($"{path}:{at}: malformed CSV: {ex.Message}", ex);
        }

        return rows;
    }
}
