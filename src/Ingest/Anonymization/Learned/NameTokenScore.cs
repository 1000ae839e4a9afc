using System.Globalization;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// The three figures the threshold rule reads, scored as the gold tests score (tests/.../Gold/GoldSetEvaluation.cs): an
/// identifier is caught when every letter and digit of it lies in a reported span, a clinical term is kept when it still
/// appears verbatim, and an identifier-free post with any span counts as changed. Lives here so the `train names` verb
/// can choose the threshold without the test assembly.
/// </summary>
internal sealed record NameTokenScore(int Identifiers, int Caught, int Terms, int TermsKept, int CleanPosts, int CleanPostsTouched)
{
    public double Recall => Identifiers == 0 ? 1 : (double)Caught / Identifiers;

    public double Retention => Terms == 0 ? 1 : (double)TermsKept / Terms;

    public static NameTokenScore Evaluate(PhiScrubber scrubber, IEnumerable<LabelledPost> posts)
    {
        ArgumentNullException.ThrowIfNull(scrubber);
        ArgumentNullException.ThrowIfNull(posts);
        int identifiers = 0, caught = 0, terms = 0, kept = 0, clean = 0, touched = 0;
        foreach (var post in posts)
        {
            var result = scrubber.Scrub(post.Text);
            var covered = new bool[post.Text.Length];
            foreach (var span in result.Spans)
            {
                Array.Fill(covered, true, span.Start, span.Length);
            }

            foreach (var id in post.Identifiers)
            {
                identifiers++;
                var whole = true;
                for (var i = id.Start; i < id.End && whole; i++)
                {
                    whole = covered[i] || !char.IsLetterOrDigit(post.Text[i]);
                }

                caught += whole ? 1 : 0;
            }

            foreach (var term in post.ClinicalTerms ?? [])
            {
                terms++;
                kept += result.Text.Contains(term, StringComparison.Ordinal) ? 1 : 0;
            }

            if (post.Identifiers.Count == 0)
            {
                clean++;
                touched += result.Spans.Count > 0 ? 1 : 0;
            }
        }

        return new NameTokenScore(identifiers, caught, terms, kept, clean, touched);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recall {Recall:F4} ({Caught}/{Identifiers}), retention {Retention:F4}, clean changed {CleanPostsTouched} of {CleanPosts}");
}
