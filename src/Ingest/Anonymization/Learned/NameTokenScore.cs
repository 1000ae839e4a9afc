using System.Globalization;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// The figures the threshold rule reads, scored as the gold tests score (tests/.../Gold/GoldSetEvaluation.cs): an
/// identifier is caught when every letter and digit of it lies in a reported span, a clinical term is kept when it still
/// appears verbatim, and an identifier-free post with any span counts as changed. Lives here so the `train names` verb
/// can choose the threshold without the test assembly.
/// </summary>
internal sealed record NameTokenScore(int Identifiers, int Caught, int Terms, int TermsKept, int CleanPosts, int CleanPostsTouched)
{
    /// <summary>Every post scored, with identifiers or without (decision 317 reports false hits per post).</summary>
    public int Posts { get; init; }

    /// <summary>
    /// Spans that take ordinary words: no letter or digit of an identifier and no marked clinical term under them (a term
    /// taken is already a lost term). Counted in every post, so a word taken beside an identifier costs as much as one
    /// taken in an identifier-free post (decision 317; decision 311 found the rule blind to the first kind).
    /// </summary>
    public int FalseHits { get; init; }

    public double Recall => Identifiers == 0 ? 1 : (double)Caught / Identifiers;

    public double Retention => Terms == 0 ? 1 : (double)TermsKept / Terms;

    public static NameTokenScore Evaluate(PhiScrubber scrubber, IEnumerable<LabelledPost> posts)
    {
        ArgumentNullException.ThrowIfNull(scrubber);
        ArgumentNullException.ThrowIfNull(posts);
        int identifiers = 0, caught = 0, terms = 0, kept = 0, clean = 0, touched = 0, scored = 0, falseHits = 0;
        foreach (var post in posts)
        {
            var judged = Judge(scrubber, post.Text, post.Identifiers.Select(i => (i.Start, i.End)).ToList(), post.ClinicalTerms ?? []);
            scored++;
            falseHits += judged.FalseHits.Count;
            identifiers += judged.Caught.Length;
            caught += judged.Caught.Count(c => c);
            terms += judged.Kept.Length;
            kept += judged.Kept.Count(k => k);
            if (post.Identifiers.Count == 0)
            {
                clean++;
                touched += judged.Result.Spans.Count > 0 ? 1 : 0;
            }
        }

        return new NameTokenScore(identifiers, caught, terms, kept, clean, touched) { Posts = scored, FalseHits = falseHits };
    }

    /// <summary>
    /// One post scrubbed and judged by the scoring rule: for each identifier (start, end) whether every letter and digit
    /// of it lies in a reported span, for each clinical term whether it still appears verbatim, and the spans that are false
    /// hits (<see cref="FalseHits"/>). The gold tests use it too,
    /// so the verb's threshold choice and the printed figures can never score differently.
    /// </summary>
    public static PostJudgement Judge(PhiScrubber scrubber, string text, IReadOnlyList<(int Start, int End)> identifiers, IReadOnlyList<string> clinicalTerms)
    {
        ArgumentNullException.ThrowIfNull(scrubber);
        var result = scrubber.Scrub(text);
        var covered = new bool[text.Length];
        foreach (var span in result.Spans)
        {
            Array.Fill(covered, true, span.Start, span.Length);
        }

        var caught = new bool[identifiers.Count];
        for (var n = 0; n < identifiers.Count; n++)
        {
            var (start, end) = identifiers[n];
            var whole = true;
            for (var i = start; i < end && whole; i++)
            {
                whole = covered[i] || !char.IsLetterOrDigit(text[i]);
            }

            caught[n] = whole;
        }

        var kept = clinicalTerms.Select(term => result.Text.Contains(term, StringComparison.Ordinal)).ToArray();
        return new PostJudgement(result, caught, kept, FalseHitSpans(text, result.Spans, identifiers, clinicalTerms));
    }

    internal static List<PhiSpan> FalseHitSpans(string text, IReadOnlyList<PhiSpan> spans, IReadOnlyList<(int Start, int End)> identifiers, IReadOnlyList<string> clinicalTerms)
    {
        // Characters a span may cover without being a false hit: the identifiers' letters and digits, and every occurrence of a
        // marked term (a term taken is scored as a lost term, not counted twice).
        var accounted = new bool[text.Length];
        foreach (var (start, end) in identifiers)
        {
            for (var i = start; i < end; i++)
            {
                accounted[i] |= char.IsLetterOrDigit(text[i]);
            }
        }

        foreach (var term in clinicalTerms.Where(t => t.Length > 0))
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(accounted, true, at, term.Length);
            }
        }

        return [.. spans.Where(span => !accounted.AsSpan(span.Start, span.Length).Contains(true))];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recall {Recall:F4} ({Caught}/{Identifiers}), retention {Retention:F4}, clean changed {CleanPostsTouched} of {CleanPosts}, false hits {FalseHits} in {Posts} posts");
}

/// <summary>What <see cref="NameTokenScore.Judge"/> found for one post: the scrub, per identifier and per clinical term, and its false hits.</summary>
internal sealed record PostJudgement(ScrubResult Result, bool[] Caught, bool[] Kept, IReadOnlyList<PhiSpan> FalseHits);
