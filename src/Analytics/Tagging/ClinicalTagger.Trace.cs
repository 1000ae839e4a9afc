using Sermo.Analytics.Tagging.Disambiguation;

namespace Sermo.Analytics.Tagging;

/// <summary>
/// One entity hit at one stage of <see cref="ClinicalTagger.TraceEntityHits"/>: <c>scan</c> (every lexicon or
/// not-mention term the automaton found, overlaps included), <c>longest</c> (after the leftmost-longest choice),
/// <c>listed</c> (after the exact-spelling check and fuzzy matches), <c>kept</c> (after the ambiguity rules or model),
/// <c>final</c> (the tagged entities, after dual readings and vaccine lists). <see cref="Note"/> says why a hit may
/// leave the next stage: "not-mention", or an ambiguity candidate's verdicts.
/// </summary>
public sealed record EntityHitTrace(string Stage, string Surface, int Start, int End, string Type, string Id, string Note);

public sealed partial class ClinicalTagger
{
    /// <summary>
    /// The entity hits of <paramref name="text"/> at each stage of tagging, so an error analysis can tell which stage
    /// lost a span (decision 215). For diagnostics: it scans the text several times.
    /// </summary>
    public IReadOnlyList<EntityHitTrace> TraceEntityHits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalized = NormalizedText.Create(text);
        var terms = _catalog.Terms;
        var trace = new List<EntityHitTrace>();
        var scan = Scan(normalized, new TermScan([], [], [], []));
        var raw = scan.Hits.FindAll(h => _isEntity(h.TermId));
        AddHits(trace, "scan", normalized, raw, _ => string.Empty);
        var longest = new List<PhraseHit>();
        PhraseAutomaton.SelectLongest(scan.Hits, _isEntity, longest);
        AddHits(trace, "longest", normalized, longest, _ => string.Empty);

        var candidates = AmbiguityCandidates.Collect(_catalog, normalized, scan, describeIneligible: true);
        var notes = new Dictionary<int, string>();
        foreach (var (hit, candidate) in candidates)
        {
            var model = _disambiguation is not null && candidate.Eligible ? (_disambiguation.Keeps(candidate.Features) ? " model:keep" : " model:drop") : string.Empty;
            notes[scan.EntityHits[hit].Start] = $"candidate eligible:{candidate.Eligible} rule:{(candidate.RuleKeeps ? "keep" : "drop")}{model} {candidate.Features}";
        }

        AddHits(trace, "listed", normalized, scan.EntityHits, h => notes.GetValueOrDefault(h.Start, string.Empty));
        var kept = new List<PhraseHit>(scan.EntityHits);
        var keptScan = scan with { EntityHits = kept };
        if (_disambiguation is null)
        {
            AmbiguousAbbreviations.DropUnsupported(_catalog, normalized, kept, scan.CueHits, scan.SentenceEnds);
            LookalikeWords.Drop(_catalog, normalized, kept, scan.SentenceEnds);
        }
        else
        {
            ModelDisambiguation.Drop(_catalog, normalized, keptScan, _disambiguation);
        }

        AddHits(trace, "kept", normalized, kept, _ => string.Empty);
        foreach (var entity in Tag(text).Entities)
        {
            trace.Add(new EntityHitTrace("final", entity.Surface, entity.Start, entity.End, entity.Type.Label(), entity.CanonicalId, string.Empty));
        }

        return trace;

        void AddHits(List<EntityHitTrace> into, string stage, NormalizedText source, List<PhraseHit> hits, Func<PhraseHit, string> note)
        {
            foreach (var hit in hits)
            {
                var start = source.OriginalStart(hit.Start);
                var end = source.OriginalEnd(hit.End);
                var info = terms[hit.TermId];
                var (type, id) = info.Entity >= 0
                    ? (_catalog.Entities[info.Entity].Type.Label(), _catalog.Entities[info.Entity].CanonicalId)
                    : ("not-mention", string.Empty);
                var why = info.NotMention && info.Entity >= 0 ? "not-mention " + note(hit) : note(hit);
                into.Add(new EntityHitTrace(stage, source.Original[start..end], start, end, type, id, why.Trim()));
            }
        }
    }
}
