namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A candidate identifier found by one detector, in offsets of the sanitized text. Priority breaks
/// ties between candidates of equal length: a labelled MRN beats the phone pattern that also matches its digits.
/// </summary>
internal readonly record struct Detection(int Start, int End, PhiType Type, int Priority = 0)
{
    public int Length => End - Start;
}

/// <summary>Resolves overlapping candidates: the longest wins, then the most specific (higher priority).</summary>
internal static class DetectionResolver
{
    public static List<Detection> Resolve(List<Detection> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byPriority = b.Priority.CompareTo(a.Priority);
            return byPriority != 0 ? byPriority : a.Start.CompareTo(b.Start);
        });

        // Kept sorted by start; each new candidate is checked against its neighbours only.
        var kept = new List<Detection>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.Length <= 0)
            {
                continue;
            }

            var index = LowerBound(kept, candidate.Start);
            var overlapsNext = index < kept.Count && kept[index].Start < candidate.End;
            var overlapsPrevious = index > 0 && kept[index - 1].End > candidate.Start;
            if (!overlapsNext && !overlapsPrevious)
            {
                kept.Insert(index, candidate);
            }
        }

        return kept;
    }

    private static int LowerBound(List<Detection> sorted, int start)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid].Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
