namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Reads a labelled disambiguation file: one <c>label|term|text</c> a line, label <c>+</c> when the term's first
/// occurrence means what the lexicon says ("+|MS|hx of MS, now with optic neuritis") and <c>-</c> when it does not
/// ("-|MS|Got my MS in biostatistics"); blank lines and lines starting with '#' are skipped.
/// </summary>
public static class DisambiguationContexts
{
    public static IReadOnlyList<ContextExample> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var examples = new List<ContextExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|', 3);
            if (fields.Length != 3 || fields[0] is not ("+" or "-") || fields[1].Length == 0 || !fields[2].Contains(fields[1], StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected '+|term|text' or '-|term|text' with the term in the text");
            }

            examples.Add(new ContextExample($"{Path.GetFileNameWithoutExtension(path)}:{lineNumber}", fields[2], fields[1], fields[0] == "+"));
        }

        return examples;
    }
}
