using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
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
/// Post-level sentiment comes from the promoted sentiment model when one is loaded, else from the tagger's lexicon.
/// </summary>
public sealed class PostEnricher(PhiScrubber scrubber, ITextTagger tagger, IOptions<IngestOptions> options, TimeProvider time, IPostSentimentClassifier? sentimentModel = null)
{
    private readonly byte[] _authorSecret = Encoding.UTF8.GetBytes(options.Value.AuthorKeySecret);
    private readonly int _maxTextChars = options.Value.MaxTextChars;

    public (TaggedPost? Post, DeadLetter? Rejected) Enrich(string source, IncomingPost incoming, IReadOnlyCollection<string> knownHandles)
    {
        // Metadata first (rule P9): every later detail names the post by its id, so the id must be clean by then.
        var sourceId = incoming.PostId[(incoming.PostId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        if (!PostMetadata.IsValidId(sourceId) || HoldsIdentifier(sourceId, knownHandles))
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

        if (incoming.CreatedAt > time.GetUtcNow().AddDays(1))
        {
            return Reject("bad-timestamp", $"post '{incoming.PostId}' is dated {incoming.CreatedAt:O}, in the future");
        }

        ScrubResult scrubbed;
        try
        {
            scrubbed = scrubber.Scrub(incoming.Text, knownHandles);
        }
        catch (ScrubFailedException ex)
        {
            return Reject("scrub-failed", $"post '{incoming.PostId}': {ex.Message}");
        }

        var tags = tagger.Tag(scrubbed.Text);
        var (sentiment, sentimentScore) = sentimentModel is not null && sentimentModel.TryClassify(scrubbed.Text, out var label, out var score)
            ? (label, score)
            : (tags.PostSentiment, tags.SentimentScore);
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
            sentiment,
            sentimentScore);
        return (post, null);

        (TaggedPost?, DeadLetter?) Reject(string reason, string detail) =>
            (null, new DeadLetter(source, incoming.Position, reason, detail, null));
    }

    /// <summary>
    /// Keys a source's author reference. Sources of one kind (every file drop) share a key space, so an
    /// author keeps one key across files; the forum's references are already keyed tokens and are keyed again.
    /// </summary>
    public string AuthorKey(string source, string authorRef)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? source : source[..colon];
        var hash = HMACSHA256.HashData(_authorSecret, Encoding.UTF8.GetBytes(kind + "\n" + authorRef));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>
    /// An id that passes the pattern can still spell an identifier ("jane.doe.123-45-6789"); the scrubber reads it as it
    /// is and with its separators as spaces. It knows prose better than tokens, so this narrows what the pattern lets
    /// through rather than closing it (docs/privacy.md, P9).
    /// </summary>
    private bool HoldsIdentifier(string id, IReadOnlyCollection<string> knownHandles) =>
        scrubber.Scrub(id, knownHandles).Spans.Count > 0
        || scrubber.Scrub(id.Replace('.', ' ').Replace('_', ' ').Replace('~', ' ').Replace('-', ' '), knownHandles).Spans.Count > 0;
}
