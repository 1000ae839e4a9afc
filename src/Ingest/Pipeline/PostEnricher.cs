using System.Buffers;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// validate → anonymize → enrich for one incoming post. Thread-safe; the pipeline runs it on several cores.
/// A post that fails any step comes back as a dead letter, never as a partly scrubbed post.
/// Post-level sentiment comes from the promoted sentiment model when one is loaded, else from the tagger's lexicon;
/// drug mentions get an aspect and a polarity from the promoted aspect model. Both models score a whole batch at once
/// (<see cref="ApplyModels"/>), after the per-post steps.
/// </summary>
public sealed class PostEnricher(
    PhiScrubber scrubber,
    ITextTagger tagger,
    IOptions<IngestOptions> options,
    TimeProvider time,
    IPostSentimentClassifier? sentimentModel = null,
    IMentionAspectAnnotator? aspectModel = null)
{
    private static readonly SearchValues<char> IdSeparators = SearchValues.Create(".-_~");
    private static readonly SearchValues<char> RunBreaks = SearchValues.Create(".-_~ ");

    private readonly AuthorKeys _authorKeys = new(options.Value.AuthorKeySecret);
    private readonly int _maxTextChars = options.Value.MaxTextChars;
    private readonly DateOnly _earliest = options.Value.EarliestPostDate;

    /// <param name="clock">Gets the time spent scrubbing, tagging and classifying added, when the caller measures stages.</param>
    public (TaggedPost? Post, DeadLetter? Rejected) Enrich(string source, IncomingPost incoming, IReadOnlyCollection<string> knownHandles, EnrichClock? clock = null)
    {
        if (FieldWithControlCharacter(incoming) is { } field)
        {
            // Stores and indexes cannot all hold them (PostgreSQL text refuses NUL) and no real id or segment has one.
            return Reject("bad-" + field, $"the post's {field} holds a control character (value withheld; the position says which record)");
        }

        // Metadata first (rule P9): every later detail names the post by its id, so the id must be clean by then. An id
        // drawn at random is not read by the scrubber, which took some for phone numbers (decision 259).
        var sourceId = incoming.PostId[(incoming.PostId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        if (!PostMetadata.IsValidId(sourceId) || (!incoming.IdDrawnAtRandom && HoldsIdentifier(sourceId, knownHandles)))
        {
            var rejection = PostMetadata.IdRejection(sourceId);
            return Reject(rejection.Reason, rejection.Detail);
        }

        var (specialty, state, badSegment) = PostMetadata.Segments(incoming.Specialty, incoming.State);
        if (badSegment is not null)
        {
            return Reject(badSegment.Reason, $"post '{incoming.PostId}': {badSegment.Detail}");
        }

        if (string.IsNullOrWhiteSpace(incoming.Text))
        {
            return Reject("empty-text", $"post '{incoming.PostId}' has no text");
        }

        if (incoming.Text.Length > _maxTextChars)
        {
            return Reject("text-too-large", $"post '{incoming.PostId}' has {incoming.Text.Length:N0} characters; the limit is {_maxTextChars:N0}");
        }

        if (PostDateWindow.Check(incoming.PostId, incoming.CreatedAt, time.GetUtcNow(), _earliest) is { } implausible)
        {
            return Reject(PostDateWindow.Reason, implausible);
        }

        ScrubResult scrubbed;
        var started = clock is null ? default : EnrichClock.Start();
        try
        {
            scrubbed = scrubber.Scrub(incoming.Text, knownHandles);
        }
        catch (ScrubFailedException ex)
        {
            return Reject("scrub-failed", $"post '{incoming.PostId}': {ex.Message}");
        }

        clock?.AddScrub(started);
        started = clock is null ? default : EnrichClock.Start();
        var tags = tagger.Tag(scrubbed.Text);
        clock?.AddTag(started);
        var post = new TaggedPost(
            incoming.PostId,
            source,
            AuthorKey(source, incoming.AuthorRef),
            incoming.CreatedAt.ToUniversalTime(),
            specialty,
            state,
            scrubbed.Text,
            scrubbed.Spans.Count,
            tags.Entities,
            tags.AdverseEvents,
            tags.PostSentiment,
            tags.SentimentScore);
        return (post, null);

        (TaggedPost?, DeadLetter?) Reject(string reason, string detail) =>
            (null, new DeadLetter(source, incoming.Position, reason, detail, null));
    }

    /// <summary>
    /// The learned models over a batch of enriched posts: post sentiment (replacing the lexicon's) and an aspect with
    /// a polarity on each drug mention. Each model runs one ML.NET transform over the batch; with no model loaded the
    /// posts come back as they were.
    /// </summary>
    public IReadOnlyList<TaggedPost> ApplyModels(IReadOnlyList<TaggedPost> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return posts;
        }

        var sentiments = sentimentModel?.Classify([.. posts.Select(p => new TaggedText(p.Text, new TagResult(p.Entities, p.AdverseEvents, p.Sentiment, p.SentimentScore)))]);
        var entities = aspectModel?.Annotate([.. posts.Select(p => (p.Text, p.Entities))]);
        if (sentiments is null && entities is null)
        {
            return posts;
        }

        var result = new TaggedPost[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            if (sentiments is not null)
            {
                post = post with { Sentiment = sentiments.Results[i].Label, SentimentScore = sentiments.Results[i].Score };
            }

            result[i] = entities is null ? post : post with { Entities = entities[i] };
        }

        return result;
    }

    /// <summary>
    /// Keys a source's author reference. Sources of one kind (every file drop) share a key space, so an
    /// author keeps one key across files; the forum's references are already keyed tokens and are keyed again.
    /// </summary>
    public string AuthorKey(string source, string authorRef)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? source : source[..colon];
        return _authorKeys.Key(kind, authorRef);
    }

    private static string? FieldWithControlCharacter(IncomingPost post) =>
        HasControl(post.PostId) ? "id" : HasControl(post.Specialty) ? "specialty" : HasControl(post.State) ? "state" : null;

    // char.IsControl's two ranges, as one vectorised span scan instead of a per-character delegate.
    private static bool HasControl(string? value) =>
        value is not null && (value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') || value.AsSpan().ContainsAnyInRange('\u007F', '\u009F'));

    /// <summary>
    /// An id that passes the pattern can still spell an identifier ("jane.doe.123-45-6789"); the scrubber reads it as it
    /// is and with its separators as spaces. It knows prose better than tokens, so this narrows what the pattern lets
    /// through rather than closing it (docs/privacy.md, P9).
    /// An id without separators reads the same both ways, so it is scrubbed once: the id's two scrubs (fixed cost each,
    /// however short the id) were two fifths of the scrubbing stage in a profile (docs/ingest-speed.md).
    /// </summary>
    private bool HoldsIdentifier(string id, IReadOnlyCollection<string> knownHandles)
    {
        if (SpellsIdentifier(id, scrubber.Scrub(id, knownHandles)))
        {
            return true;
        }

        if (id.AsSpan().IndexOfAny(IdSeparators) < 0)
        {
            return false;
        }

        var spaced = id.Replace('.', ' ').Replace('_', ' ').Replace('~', ' ').Replace('-', ' ');
        return SpellsIdentifier(spaced, scrubber.Scrub(spaced, knownHandles));
    }

    /// <summary>
    /// A post id is a record number by nature ("p00001", the parts of a UUID), so a span the scrubber calls a record
    /// number says nothing against it while it covers one run of letters and digits; decision 091's record shapes took
    /// every forum id until this. A record span across separators ("jane.doe.123-45-6789" as one account number) or any
    /// other kind of identifier (a name, date, phone, SSN, e-mail ...) still refuses the id.
    /// </summary>
    private static bool SpellsIdentifier(string text, ScrubResult scrubbed) =>
        scrubbed.Spans.Any(span => span.Type is not (PhiType.MedicalRecord or PhiType.Account or PhiType.License or PhiType.Serial)
            || text.AsSpan(span.Start, span.Length).IndexOfAny(RunBreaks) >= 0);

}
