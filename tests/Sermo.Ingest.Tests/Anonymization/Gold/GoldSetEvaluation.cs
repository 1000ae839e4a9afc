using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Scores the scrubber on the gold set. An identifier counts as caught only if every letter and digit of it
/// lies inside some reported span (so no token of it is left in the output); a clinical term is retained if
/// it still appears verbatim in the scrubbed text; a false-positive post is an identifier-free post with any span. Its false
/// hits are those spans, one line each with the type and the words taken, so they can be pooled by cause (decision 171).
/// </summary>
public sealed record GoldScore(int Identifiers, int Caught, int Terms, int TermsKept, int CleanPosts, int CleanPostsTouched, IReadOnlyList<string> Misses, IReadOnlyList<string> Losses, IReadOnlyList<string> FalseHits)
{
    public double Recall => Identifiers == 0 ? 1 : (double)Caught / Identifiers;

    public double Retention => Terms == 0 ? 1 : (double)TermsKept / Terms;

    public static GoldScore Evaluate(PhiScrubber scrubber, IEnumerable<GoldPost> posts)
    {
        int identifiers = 0, caught = 0, terms = 0, kept = 0, clean = 0, touched = 0;
        var misses = new List<string>();
        var losses = new List<string>();
        var falseHits = new List<string>();
        foreach (var post in posts)
        {
            // The product's scoring rule (the `train names` verb chooses its threshold with it), misses listed here.
            var judged = NameTokenScore.Judge(scrubber, post.Text, post.Identifiers.Select(i => (i.Start, i.End)).ToList(), post.ClinicalTerms);
            for (var n = 0; n < post.Identifiers.Count; n++)
            {
                identifiers++;
                var id = post.Identifiers[n];
                if (judged.Caught[n])
                {
                    caught++;
                }
                else
                {
                    misses.Add($"{post.Id} {id.Type} \"{post.Text[id.Start..id.End]}\" -> {judged.Result.Text}");
                }
            }

            for (var n = 0; n < post.ClinicalTerms.Count; n++)
            {
                terms++;
                if (judged.Kept[n])
                {
                    kept++;
                }
                else
                {
                    losses.Add($"{post.Id} \"{post.ClinicalTerms[n]}\" -> {judged.Result.Text}");
                }
            }

            if (post.Identifiers.Count == 0)
            {
                clean++;
                if (judged.Result.Spans.Count > 0)
                {
                    touched++;
                    losses.Add($"{post.Id} FP -> {judged.Result.Text}");
                    falseHits.AddRange(judged.Result.Spans.Select(s => $"{post.Id} false {s.Type} \"{post.Text[s.Start..s.End]}\""));
                }
            }
        }

        return new GoldScore(identifiers, caught, terms, kept, clean, touched, misses, losses, falseHits);
    }
}
