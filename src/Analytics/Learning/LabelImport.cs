using System.Globalization;

namespace Sermo.Analytics.Learning;

/// <summary>What an import added to the training file.</summary>
/// <param name="Added">Labelled rows new to the training file.</param>
/// <param name="AlreadyThere">Labelled rows whose text the training file already held (not added twice).</param>
/// <param name="Total">Rows in the training file afterwards.</param>
public sealed record LabelImportResult(int Added, int AlreadyThere, int Total);

/// <summary>
/// Merges a labelled export into a training file (label,text), for <c>labels import</c> and the data team's page.
/// The whole upload is read and checked before the training file is touched, and the new file replaces the old in
/// one rename, so a bad line (named by line and field) leaves the training file as it was: nothing is half-imported.
/// A label the training file does not already use is a bad line (a typo such as "postive" would otherwise become a
/// class of its own); a new training file takes any labels.
/// </summary>
public static class LabelImport
{
    /// <summary>The audit file beside the training file: one line per change made from the portal (the verb writes none).</summary>
    public const string AuditFileName = "labels-audit.log";

    // Two imports into one file in this process would otherwise each read the old file and the second would drop the
    // first's rows; aspect imports take it too (AspectLabelImport).
    internal static readonly Lock Gate = new();

    /// <summary>Reads <paramref name="labelled"/> (an export a labeler filled; unlabelled rows skipped) and merges it into <paramref name="trainingFile"/>.</summary>
    /// <param name="source">Names the upload in errors.</param>
    /// <param name="actor">Who did it, for the audit file (<c>portal:e-mail</c>); null writes no audit line.</param>
    /// <exception cref="InvalidDataException">A bad line of the upload, named by line and field; the training file is unchanged.</exception>
    public static LabelImportResult Merge(Stream labelled, string source, string trainingFile, TimeProvider time, string? actor = null)
    {
        var rows = LabeledCsv.Read(labelled, source, skipUnlabeled: true);
        lock (Gate)
        {
            var existing = File.Exists(trainingFile) ? LabeledCsv.Read(trainingFile) : [];
            CheckLabels(rows, existing, source);
            var known = existing.Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
            var added = rows.Where(l => known.Add(l.Text)).ToList();
            Replace(trainingFile, staging => LabeledCsv.WriteLabeled(staging, existing.Concat(added)));
            var result = new LabelImportResult(added.Count, rows.Count - added.Count, existing.Count + added.Count);
            if (actor is not null)
            {
                Audit(trainingFile, time, actor, string.Create(CultureInfo.InvariantCulture,
                    $"imported {result.Added} labelled rows ({result.AlreadyThere} already there); the training file holds {result.Total}"));
            }

            return result;
        }
    }

    /// <summary>Appends one line (UTC time, actor, what) to the audit file beside <paramref name="trainingFile"/>.</summary>
    public static void Audit(string trainingFile, TimeProvider time, string actor, string what)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(trainingFile))!;
        Directory.CreateDirectory(folder);
        // Actors and details are single-line by construction; a line break would forge an audit line, so none passes.
        var line = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ} {actor} {what}").ReplaceLineEndings(" ");
        File.AppendAllText(Path.Combine(folder, AuditFileName), line + "\n");
    }

    /// <summary>Writes the new training file to a staging file beside it and renames it over the old one: never half-written.</summary>
    internal static void Replace(string trainingFile, Action<string> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(trainingFile))!;
        Directory.CreateDirectory(folder);
        var staging = Path.Combine(folder, $".{Path.GetFileName(trainingFile)}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(staging);
            File.Move(staging, trainingFile, overwrite: true);
        }
        finally
        {
            // A failed write leaves no staging file behind; after the rename there is none to delete.
            File.Delete(staging);
        }
    }

    private static void CheckLabels(List<LabeledText> rows, List<LabeledText> existing, string source)
    {
        if (existing.Count == 0)
        {
            return;
        }

        var labels = existing.Select(e => e.Label).ToHashSet(StringComparer.Ordinal);
        if (rows.FirstOrDefault(r => !labels.Contains(r.Label)) is { Label: not null } bad)
        {
            throw new InvalidDataException(
                $"{source}:{bad.Line}: label '{bad.Label}' is not one the training file uses ({string.Join(", ", labels.Order(StringComparer.Ordinal))}) (field 'label')");
        }
    }
}
