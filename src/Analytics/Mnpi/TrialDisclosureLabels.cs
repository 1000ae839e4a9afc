using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Mnpi;

/// <summary>
/// The labelled sentences of the guard (samples/labels/mnpi/*.tsv): one <c>label&lt;TAB&gt;text</c> line each, label
/// <see cref="Disclosure"/> or <see cref="None"/>. The tuning part ships inside Sermo.Analytics and trains the model;
/// the held-out part is only read by the evaluation.
/// </summary>
public static class TrialDisclosureLabels
{
    public const string Disclosure = "mnpi";
    public const string None = "none";

    private const string EmbeddedTuning = "Sermo.Analytics.Mnpi.tuning.tsv";

    public static IReadOnlyList<LabeledText> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<LabeledText>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (line == 1 || text.Length == 0)
            {
                continue;
            }

            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            var label = tab > 0 ? text[..tab] : "";
            if (label is not (Disclosure or None))
            {
                throw new InvalidDataException($"line {line}: expected '{Disclosure}' or '{None}', a tab, then the text");
            }

            rows.Add(new LabeledText(label, text[(tab + 1)..], line));
        }

        return rows;
    }

    /// <summary>The tuning part compiled into the assembly.</summary>
    public static IReadOnlyList<LabeledText> Tuning()
    {
        using var stream = typeof(TrialDisclosureLabels).Assembly.GetManifestResourceStream(EmbeddedTuning)
            ?? throw new InvalidOperationException($"Embedded labels '{EmbeddedTuning}' are missing from Sermo.Analytics");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
