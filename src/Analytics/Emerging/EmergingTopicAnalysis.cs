using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Emerging;

/// <summary>
/// The emerging-topic counts of a stream of posts, and what is found in them: candidates per post
/// (<see cref="CandidateExtractor"/>), distinct authors per week, specialty and term (<see cref="EmergingTermCounts"/>),
/// significant risers (<see cref="EmergingTopicScorer"/>) and each riser's therapeutic areas.
/// </summary>
public sealed class EmergingTopicAnalysis
{
    private readonly TherapeuticAreas _areas;

    private EmergingTopicAnalysis(EmergingTermCounts counts, TherapeuticAreas areas)
    {
        Counts = counts;
        _areas = areas;
    }

    public EmergingTermCounts Counts { get; }

    public static EmergingTopicAnalysis Build(IEnumerable<EmergingPost> posts, CandidateExtractor extractor, TherapeuticAreas areas)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(areas);
        var counts = new EmergingTermCounts();
        foreach (var post in posts)
        {
            var postAreas = post.Entities.SelectMany(e => areas.ForEntity(e.Type, e.CanonicalId)).ToHashSet(StringComparer.Ordinal);
            counts.Add(post, extractor.Extract(post), postAreas);
        }

        return new EmergingTopicAnalysis(counts, areas);
    }

    public IReadOnlyList<EmergingTopic> Rank(DateOnly week, string? specialty, EmergingTopicSettings settings) =>
        EmergingTopicScorer.Rank(Counts, week, specialty, settings);

    /// <summary>An entity's own areas; for a phrase, the areas of what it is mentioned with that week.</summary>
    public IReadOnlySet<string> AreasOf(EmergingTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var term = topic.Term;
        return term.EntityId is { } id && EntityTypeOf(term.Kind) is { } type
            ? _areas.ForEntity(type, id).ToHashSet(StringComparer.Ordinal)
            : Counts.CoMentionedAreas(topic.Week, term.Key);
    }

    /// <summary>The entity type whose area table a candidate kind reads (brands and generics share the drug table).</summary>
    private static EntityType? EntityTypeOf(CandidateKind kind) => kind switch
    {
        CandidateKind.Drug => EntityType.Generic,
        CandidateKind.DrugClass => EntityType.DrugClass,
        CandidateKind.Device => EntityType.Device,
        CandidateKind.Disease => EntityType.Disease,
        _ => null,
    };
}
