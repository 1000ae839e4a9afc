using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A candidate identifier found by one detector, in offsets of the sanitized text. Priority breaks
/// ties between candidates of equal length: a labelled MRN beats the phone pattern that also matches its digits.
/// </summary>
internal readonly record struct Detection(int Start, int End, PhiType Type, int Priority = 0)
{
    public int Length => End - Start;
}

internal static class DetectionListExtensions
{
    /// <summary>
    /// Adds a rule's candidate only where no earlier one lies, so what earlier rules found keeps its span even when this one
    /// is longer and would win in <see cref="DetectionResolver"/>.
    /// </summary>
    public static void AddIfFree(this List<Detection> found, Detection candidate)
    {
        if (!found.Exists(d => d.Start < candidate.End && candidate.Start < d.End))
        {
            found.Add(candidate);
        }
    }
}

/// <summary>Resolves overlapping candidates: the longest wins, then the most specific (higher priority).</summary>
internal static class DetectionResolver
{
    // Per thread and reused, as the scrubber's candidate list: the result is read (rendered, mapped to spans) before the next
    // call on the thread, and a post with two or more candidates otherwise allocated a list and its growth (decision 152).
    [ThreadStatic]
    private static List<Detection>? _threadKept;

    /// <summary>The kept candidates by start; the list is <paramref name="candidates"/> or a per-thread one: read it before the next call on this thread.</summary>
    public static List<Detection> Resolve(List<Detection> candidates, int textLength)
    {
        // Most posts have no candidate or one: nothing overlaps, so the occupancy map is skipped.
        if (candidates.Count == 0 || (candidates.Count == 1 && candidates[0].Length > 0))
        {
            return candidates;
        }

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

        // An occupancy map instead of a sorted list with inserts: each candidate costs its own length,
        // so a hostile post with 100,000 overlapping dates stays linear.
        var occupied = ArrayPool<bool>.Shared.Rent(textLength);
        try
        {
            Array.Clear(occupied, 0, textLength);
            var kept = _threadKept ??= new List<Detection>(16);
            kept.Clear();
            foreach (var candidate in candidates)
            {
                if (candidate.Length <= 0)
                {
                    continue;
                }

                var range = occupied.AsSpan(candidate.Start, candidate.Length);
                if (!range.Contains(true))
                {
                    range.Fill(true);
                    kept.Add(candidate);
                }
            }

            kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            return kept;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(occupied);
        }
    }
}
