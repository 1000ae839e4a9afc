using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Safety;

/// <summary>
/// The products any client watches, as one case-insensitive set of match strings (brand and generic names). A post's
/// adverse-event pair enters the safety queue when its drug's name or generic is in the set: the queue serves Sermo's
/// safety staff for every client's products, so it does not say whose product it is.
/// </summary>
public sealed class SafetyProducts
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public SafetyProducts(IEnumerable<Watchlist> watchlists)
    {
        ArgumentNullException.ThrowIfNull(watchlists);
        foreach (var match in watchlists.SelectMany(w => w.Terms).SelectMany(t => t.Matches))
        {
            if (match.Trim() is { Length: > 0 } name)
            {
                _names.Add(name);
            }
        }
    }

    public bool IsEmpty => _names.Count == 0;

    /// <summary>True when a drug mention's surface, generic id or generic name is watched.</summary>
    public bool Contains(Tagging.TaggedEntity drug)
    {
        ArgumentNullException.ThrowIfNull(drug);
        return _names.Contains(drug.Surface) || _names.Contains(drug.CanonicalId) || _names.Contains(drug.CanonicalName);
    }
}
