using System.Globalization;
using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Aspects;

/// <summary>
/// Merges aspect labels (drug,aspect,polarity,text) into an aspect training file, for the data team's page, with
/// <see cref="LabelImport"/>'s guarantees: the whole upload is read and checked first, the file is replaced in one
/// rename, so a bad line (named by line and field) leaves it as it was. Rows with neither aspect nor polarity are
/// skipped; a clause already there (the same drug, any case, and the same text) is not added twice. The file is
/// rewritten in the canonical form (<see cref="AspectCsv.Write"/>).
/// </summary>
public static class AspectLabelImport
{
    /// <param name="source">Names the upload in errors.</param>
    /// <param name="actor">Who did it, for the audit file beside the training file; null writes no audit line.</param>
    /// <exception cref="InvalidDataException">A bad line of the upload or of the training file, named by line and field; nothing changed.</exception>
    public static LabelImportResult Merge(Stream labelled, string source, string trainingFile, TimeProvider time, string? actor = null)
    {
        var rows = AspectCsv.Read(labelled, source, skipUnlabeled: true);
        lock (LabelImport.Gate)
        {
            var existing = File.Exists(trainingFile) ? AspectCsv.Read(trainingFile) : [];
            var known = existing.Select(Clause).ToHashSet();
            var added = rows.Where(r => known.Add(Clause(r))).ToList();
            LabelImport.Replace(trainingFile, staging => AspectCsv.Write(staging, existing.Concat(added)));
            var result = new LabelImportResult(added.Count, rows.Count - added.Count, existing.Count + added.Count);
            if (actor is not null)
            {
                LabelImport.Audit(trainingFile, time, actor, string.Create(CultureInfo.InvariantCulture,
                    $"imported {result.Added} aspect rows ({result.AlreadyThere} already there); the aspect training file holds {result.Total}"));
            }

            return result;
        }
    }

    private static (string Drug, string Text) Clause(AspectExample example) => (example.Drug.ToLowerInvariant(), example.Text);
}
