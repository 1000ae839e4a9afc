namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// The tagger's entity checks with the disambiguation model in place of the context rules: a candidate
/// (<see cref="AmbiguityCandidates"/>) is kept when it passes the hard conditions and the model says it means what
/// the lexicon says; every other hit keeps the code rule ("ICD-10" is not a device).
/// </summary>
internal static class ModelDisambiguation
{
    public static void Drop(ClinicalTermCatalog catalog, NormalizedText normalized, TermScan scan, AmbiguityModel model)
    {
        var hits = scan.EntityHits;
        var keep = new bool[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            keep[i] = !LookalikeWords.Evidence(catalog, normalized, hits, i, scan.SentenceEnds).JoinedCode;
        }

        foreach (var (hit, candidate) in AmbiguityCandidates.Collect(catalog, normalized, scan, describeIneligible: false))
        {
            keep[hit] = candidate.Eligible && model.Keeps(candidate.Features);
        }

        var write = 0;
        for (var read = 0; read < hits.Count; read++)
        {
            if (keep[read])
            {
                hits[write++] = hits[read];
            }
        }

        hits.RemoveRange(write, hits.Count - write);
    }
}
