using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Emerging;

/// <summary>
/// The candidate terms of one post that no watchlist already follows: the tagger's drugs, drug classes and regimens,
/// devices and diseases (by canonical name), and the noun phrases between them (<see cref="EmergingPhraseChunker"/>).
/// A candidate is watched when its key, or for an entity its surface or canonical id, equals a match of any client's
/// watchlist term, case-insensitively: the rule <see cref="WatchlistMatcher"/> uses for entities. Negated and
/// hypothetical entities still count: "no bleeding on X" is conversation about X. Thread-safe once built.
/// </summary>
public sealed class CandidateExtractor
{
    private readonly EmergingPhraseChunker _chunker;
    private readonly HashSet<string> _watched;

    public CandidateExtractor(EmergingPhraseChunker chunker, IEnumerable<Watchlist> watchlists)
    {
        ArgumentNullException.ThrowIfNull(chunker);
        ArgumentNullException.ThrowIfNull(watchlists);
        _chunker = chunker;
        _watched = watchlists
            .SelectMany(w => w.Terms)
            .SelectMany(t => t.Matches)
            .Select(m => m.Trim())
            .Where(m => m.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CandidateTerm> Extract(EmergingPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var found = new Dictionary<string, CandidateTerm>(StringComparer.Ordinal);
        var spans = new List<(int Start, int End)>(post.Entities.Count);
        foreach (var entity in post.Entities)
        {
            spans.Add((entity.Start, entity.End));
            if (KindOf(entity.Type) is not { } kind
                || _watched.Contains(entity.Surface) || _watched.Contains(entity.CanonicalId) || _watched.Contains(entity.CanonicalName))
            {
                continue;
            }

            var key = entity.CanonicalName.ToLowerInvariant();
            found.TryAdd(key, new CandidateTerm(key, kind, entity.CanonicalId));
        }

        foreach (var phrase in _chunker.Phrases(post.Text, spans))
        {
            if (!_watched.Contains(phrase))
            {
                found.TryAdd(phrase, new CandidateTerm(phrase, CandidateKind.Phrase, null));
            }
        }

        return [.. found.Values];
    }

    /// <summary>Adverse events are not topics of their own here: they belong to the safety review queue.</summary>
    private static CandidateKind? KindOf(EntityType type) => type switch
    {
        EntityType.Brand or EntityType.Generic => CandidateKind.Drug,
        EntityType.DrugClass or EntityType.Regimen => CandidateKind.DrugClass,
        EntityType.Device => CandidateKind.Device,
        EntityType.Disease => CandidateKind.Disease,
        _ => null,
    };
}
