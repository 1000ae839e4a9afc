using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Aspects;

/// <summary>
/// Aspect label files for <c>train aspects</c>/<c>eval aspects</c> and the data team's page: CSV with a header naming
/// <c>drug</c>, <c>aspect</c>, <c>polarity</c> and <c>text</c> (other columns ignored). Aspects: efficacy, safety (or
/// safety/tolerability), access, cost, dosing (or dosing/convenience); polarity: negative, neutral, positive. A bad
/// record stops the read with source:line, the reason and the field.
/// </summary>
public static class AspectCsv
{
    public static readonly IReadOnlyList<string> Columns = ["drug", "aspect", "polarity", "text"];

    public static List<AspectExample> Read(string path)
    {
        using var stream = File.Exists(path) ? File.OpenRead(path) : throw new FileNotFoundException($"label file '{path}' does not exist", path);
        return Read(stream, path);
    }

    /// <summary>
    /// As <see cref="Read(string)"/> from an upload named <paramref name="source"/>; <paramref name="skipUnlabeled"/>
    /// drops rows with neither an aspect nor a polarity (a file a labeler has not finished) instead of failing.
    /// </summary>
    public static List<AspectExample> Read(Stream stream, string source, bool skipUnlabeled = false)
    {
        var rows = new List<AspectExample>();
        LabeledCsv.ReadRecords(stream, source, Columns, (fields, line) =>
        {
            if (skipUnlabeled && string.IsNullOrWhiteSpace(fields[1]) && string.IsNullOrWhiteSpace(fields[2]))
            {
                return;
            }

            if (!AspectNames.TryParse(fields[1], out var aspect))
            {
                throw new InvalidDataException($"{source}:{line}: unknown aspect '{fields[1]}' (efficacy, safety, access, cost or dosing) (field 'aspect')");
            }

            if (!AspectNames.TryParsePolarity(fields[2], out var polarity))
            {
                throw new InvalidDataException($"{source}:{line}: unknown polarity '{fields[2]}' (negative, neutral or positive) (field 'polarity')");
            }

            if (string.IsNullOrWhiteSpace(fields[3]))
            {
                throw new InvalidDataException($"{source}:{line}: empty text (field 'text')");
            }

            rows.Add(new AspectExample(fields[0].Trim(), aspect, polarity, fields[3], (int)line));
        });
        return rows;
    }

    /// <summary>Writes an aspect training file: header drug,aspect,polarity,text, aspect and polarity by their names.</summary>
    public static void Write(string path, IEnumerable<AspectExample> rows) =>
        LabeledCsv.WriteRows(path, Columns, rows.Select(r => (IReadOnlyList<string>)[r.Drug, r.Aspect.Name(), r.Polarity.Name(), r.Text]));
}
