using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Aspects;

/// <summary>
/// Dense features of a mention's window for the aspect model: how many cue words of each aspect it holds (prior
/// auth and formulary for access, copay and price for cost, dose and titration for dosing …), the tagger's findings
/// inside the window (an adverse event points to safety; a negated one is good news), and the tagger's clause
/// sentiment of the mention. Cues are evidence for the trainer to weigh, not rules: the word n-grams carry the rest.
/// </summary>
public static class AspectCues
{
    /// <summary>Bumped when a feature changes meaning; models record it and refuse another.</summary>
    public const string Version = "aspect-cues/1";

    public const int Count = 13;

    // Matched at a word start in the lower-cased window; a cue is a word beginning ("titrat" matches "titration").
    private static readonly string[][] Cues =
    [
        ["work", "effective", "efficacy", "response", "respond", "control", "a1c", "remission", "improv", "better", "benefit", "weight", "reduc", "outcome", "cleared", "failed", "progress"],
        ["side effect", "adverse", "tolerat", "nausea", "vomit", "bleed", "rash", "risk", "safe", "toxic", "hypoglyc", "monitor", "warning", "discontinu", "stopped", "reaction", "ae ", "aes "],
        ["prior auth", "pa ", "pa.", "formulary", "step therapy", "step edit", "shortage", "backorder", "back order", "insurance", "denied", "denial", "appeal", "covered", "coverage", "payer", "pbm", "out of stock", "unavailable", "tier", "approv", "peer to peer", "peer-to-peer"],
        ["cost", "price", "expensive", "cheap", "afford", "copay", "co-pay", "coupon", "$", "dollar", "out of pocket", "out-of-pocket", "deductible", "savings", "pay for", "paying"],
        ["dose", "dosing", "titrat", "mg", "weekly", "daily", "twice", "once a", "injection", "inject", "pen ", "pill", "tablet", "schedule", "convenien", "bid", "tid", "taper", "infusion", "oral", "missed"],
    ];

    public static float[] From(string window, IReadOnlyList<TaggedEntity> entities, int target, int windowStart, int windowEnd)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(entities);
        var f = new float[Count];
        // Lower-cased on the stack (same invariant mapping as string.ToLowerInvariant) and searched only for the cues
        // whose first two characters stand side by side somewhere in it: 95 ordinal searches a mention were about a
        // tenth of the classify stage (docs/ingest-speed.md, round 13), and most cues are absent from a window.
        Span<char> lower = window.Length <= 1024 ? stackalloc char[window.Length] : new char[window.Length];
        window.AsSpan().ToLowerInvariant(lower);
        Span<ulong> pairs = stackalloc ulong[PairWords];
        MarkPairs(lower, pairs);
        for (var a = 0; a < Cues.Length; a++)
        {
            var hits = 0;
            foreach (var cue in Cues[a])
            {
                hits += cue.Length > 1 && !HasPair(pairs, cue[0], cue[1]) ? 0 : Occurrences(lower, cue);
            }

            f[a] = MathF.Log(1 + hits);
        }

        int events = 0, negatedEvents = 0, diseases = 0, negatedDiseases = 0;
        foreach (var entity in entities)
        {
            if (entity.Start < windowStart || entity.End > windowEnd || entity.Uncertain)
            {
                continue;
            }

            switch (entity.Type)
            {
                case EntityType.AdverseEvent when entity.Negated:
                    negatedEvents++;
                    break;
                case EntityType.AdverseEvent:
                    events++;
                    break;
                case EntityType.Disease when entity.Negated:
                    negatedDiseases++;
                    break;
                case EntityType.Disease:
                    diseases++;
                    break;
            }
        }

        f[5] = MathF.Log(1 + events);
        f[6] = MathF.Log(1 + negatedEvents);
        f[7] = MathF.Log(1 + diseases);
        f[8] = MathF.Log(1 + negatedDiseases);
        f[9] = entities[target].Sentiment == Sentiment.Positive ? 1 : 0;
        f[10] = entities[target].Sentiment == Sentiment.Negative ? 1 : 0;
        f[11] = entities[target].Negated ? 1 : 0;
        f[12] = window.Contains('?', StringComparison.Ordinal) ? 1 : 0;
        return f;
    }

    /// <summary>Each aspect's cue words (index = aspect − 1), for the tests that check the search against a plain one.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> CueWords => Cues;

    /// <summary>
    /// Non-overlapping ordinal matches of <paramref name="cue"/> in <paramref name="text"/>, counted where the cue starts a
    /// word (or starts with a mark such as "$"); a match inside a word still moves the search past it.
    /// </summary>
    internal static int Occurrences(ReadOnlySpan<char> text, string cue)
    {
        var count = 0;
        var from = 0;
        int found;
        while ((found = text[from..].IndexOf(cue, StringComparison.Ordinal)) >= 0)
        {
            var at = from + found;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(cue[0]))
            {
                count++;
            }

            from = at + cue.Length;
        }

        return count;
    }

    private const int PairBits = 4096;
    private const int PairWords = PairBits / 64;

    /// <summary>Sets one bit per pair of adjacent characters (hashed; a collision only costs a search).</summary>
    private static void MarkPairs(ReadOnlySpan<char> text, Span<ulong> pairs)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var bit = PairBit(text[i], text[i + 1]);
            pairs[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    private static bool HasPair(ReadOnlySpan<ulong> pairs, char first, char second)
    {
        var bit = PairBit(first, second);
        return (pairs[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int PairBit(char first, char second) => ((first * 31) + second) & (PairBits - 1);
}
