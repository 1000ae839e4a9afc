using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Aspects;

/// <summary>
/// Aspect label files for <c>train aspects</c>/<c>eval aspects</c>: CSV with a header naming <c>drug</c>, <c>aspect</c>,
/// <c>polarity</c> and <c>text</c> (other columns ignored). Aspects: efficacy, safety (or safety/tolerability),
/// access, cost, dosing (or dosing/convenience); polarity: negative, neutral, positive. A bad record stops the read
/// with file:line and the reason.
/// </summary>
public static class AspectCsv
{
    public static List<AspectExample> Read(string path)
    {
        var rows = new List<AspectExample>();
        LabeledCsv.ReadRecords(path, ["drug", "aspect", "polarity", "text"], (fields, line) =>
        {
            if (!AspectNames.TryParse(fields[1], out var aspect))
            {
                throw new InvalidDataException($"{path}:{line}: unknown aspect '{fields[1]}' (efficacy, safety, access, cost or dosing)");
            }

            if (!AspectNames.TryParsePolarity(fields[2], out var polarity))
            {
                throw new InvalidDataException($"{path}:{line}: unknown polarity '{fields[2]}' (negative, neutral or positive)");
            }

            if (string.IsNullOrWhiteSpace(fields[3]))
            {
                throw new InvalidDataException($"{path}:{line}: empty text");
            }

            rows.Add(new AspectExample(fields[0].Trim(), aspect, polarity, fields[3], (int)line));
        });
        return rows;
    }
}
