namespace Sermo.Analytics.Tagging;

public enum EntityType
{
    Brand,
    Generic,
    Device,
    Disease,
    AdverseEvent,

    /// <summary>A class of drugs named instead of one drug ("statins", "SGLT2i", "beta blocker", "biologics"): see docs/taggers.md.</summary>
    DrugClass,

    /// <summary>A named combination given together ("FOLFOX", "R-CHOP", "DAPT", "GDMT").</summary>
    Regimen,
}

public enum Sentiment
{
    Negative = -1,
    Neutral = 0,
    Positive = 1,
}

/// <summary>One recognised mention in scrubbed post text. Start/End are UTF-16 offsets, End exclusive.</summary>
/// <param name="CanonicalId">Generic name for drugs, ICD-10-CM code for diseases, lexicon id for devices, classes and regimens.</param>
public sealed record TaggedEntity(
    EntityType Type,
    string Surface,
    int Start,
    int End,
    string CanonicalId,
    string CanonicalName,
    bool Negated = false,
    bool Uncertain = false,
    Sentiment Sentiment = Sentiment.Neutral)
{
    /// <summary>The finding belongs to a relative ("mother had breast cancer"); such entities are also <see cref="Uncertain"/>.</summary>
    public bool FamilyHistory { get; init; }

    /// <summary>The finding is conditional ("if she bleeds"); such findings are also <see cref="Uncertain"/>.</summary>
    public bool Hypothetical { get; init; }

    /// <summary>For a brand or generic mention: what the remark is about and its polarity, once the aspect model has run (null before).</summary>
    public Aspects.MentionAspect? Aspect { get; init; }
}

/// <summary>A drug and an adverse-event term found together in one sentence, not negated.</summary>
public sealed record AdverseEventPair(TaggedEntity Drug, TaggedEntity Event);

public sealed record TagResult(
    IReadOnlyList<TaggedEntity> Entities,
    IReadOnlyList<AdverseEventPair> AdverseEvents,
    Sentiment PostSentiment,
    double SentimentScore);

/// <summary>Tags scrubbed text. Implementations are thread-safe and allocation-light.</summary>
public interface ITextTagger
{
    TagResult Tag(string text);
}
