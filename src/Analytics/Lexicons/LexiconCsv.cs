namespace Sermo.Analytics.Lexicons;

/// <summary>Minimal RFC 4180 reader for the lexicon files: header row, quoted fields, named columns.</summary>
internal static class LexiconCsv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader reader, string fileName, params string[] requiredColumns)
    {
        var headerLine = reader.ReadLine() ?? throw new InvalidDataException($"{fileName}: empty file, expected a header row");
        var header = SplitLine(headerLine);
        foreach (var column in requiredColumns)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{fileName}: missing column '{column}'");
            }
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitLine(line);
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"{fileName}:{lineNumber}: expected {header.Count} fields, found {fields.Count}");
            }

            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = fields[i].Trim();
            }

            yield return row;
        }
    }

    public static IReadOnlyList<string> SplitList(string value) =>
        value.Length == 0 ? [] : value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
