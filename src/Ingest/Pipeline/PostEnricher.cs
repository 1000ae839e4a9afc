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
    private readonly DateOnly _earliest = options.Value.EarliestPostDate;

    public (TaggedPost? Post, DeadLetter? Rejected) Enrich(string source, IncomingPost incoming, IReadOnlyCollection<string> knownHandles)
    {
        if (FieldWithControlCharacter(incoming) is { } field)
        {
            // Stores and indexes cannot all hold them (PostgreSQL text refuses NUL) and no real id or segment has one.
            return Reject("bad-" + field, $"the post's {field} holds a control character (value withheld; the position says which record)");
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
            Clean(incoming.Specialty),
            Clean(incoming.State)?.ToUpperInvariant(),
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

    private static string? FieldWithControlCharacter(IncomingPost post) =>
        post.PostId.Any(char.IsControl) ? "id" : post.Specialty?.Any(char.IsControl) == true ? "specialty" : post.State?.Any(char.IsControl) == true ? "state" : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
