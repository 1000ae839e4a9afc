using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Scores the scrubber on the gold set. An identifier counts as caught only if every letter and digit of it
/// lies inside some reported span (so no token of it is left in the output); a clinical term is retained if
/// it still appears verbatim in the scrubbed text; a false-positive post is an identifier-free post with any span.
/// </summary>
public sealed record GoldScore(int Identifiers, int Caught, int Terms, int TermsKept, int CleanPosts, int CleanPostsTouched, IReadOnlyList<string> Misses, IReadOnlyList<string> Losses)
{
    public double Recall => Identifiers == 0 ? 1 : (double)Caught / Identifiers;

    public double Retention => Terms == 0 ? 1 : (double)TermsKept / Terms;

    public static GoldScore Evaluate(PhiScrubber scrubber, IEnumerable<GoldPost> posts)
    {
        int identifiers = 0, caught = 0, terms = 0, kept = 0, clean = 0, touched = 0;
        var misses = new List<string>();
        var losses = new List<string>();
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
                var whole = Enumerable.Range(id.Start, id.End - id.Start).All(i => covered[i] || !char.IsLetterOrDigit(post.Text[i]));
                if (whole)
                {
                    caught++;
                }
                else
                {
                    misses.Add($"{post.Id} {id.Type} \"{post.Text[id.Start..id.End]}\" -> {result.Text}");
                }
            }

            foreach (var term in post.ClinicalTerms)
            {
                terms++;
                if (result.Text.Contains(term, StringComparison.Ordinal))
                {
                    kept++;
                }
                else
                {
                    losses.Add($"{post.Id} \"{term}\" -> {result.Text}");
                }
            }

            if (post.Identifiers.Count == 0)
            {
                clean++;
                if (result.Spans.Count > 0)
                {
                    touched++;
                    losses.Add($"{post.Id} FP -> {result.Text}");
                }
            }
        }

        return new GoldScore(identifiers, caught, terms, kept, clean, touched, misses, losses);
    }
}
