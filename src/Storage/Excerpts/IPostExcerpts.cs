using Sermo.Storage.Cube;

namespace Sermo.Storage.Excerpts;

/// <summary>A short piece of one post's scrubbed text, as a client sees it. Carries no author key, post id or handle.</summary>
public sealed record PostExcerpt(DateOnly Day, string Text);

/// <summary>
/// An excerpt with the post it came from, for the server side only: a report run records which posts it quoted so
/// that a later deletion or opt-out can take the quote out of a past report. The post id never reaches a renderer.
/// </summary>
public sealed record PostQuote(string PostId, DateOnly Day, string Text)
{
    public PostExcerpt Excerpt => new(Day, Text);
}

/// <summary>Reads scrubbed post text for report excerpts.</summary>
public interface IPostExcerpts
{
    /// <summary>
    /// Up to <paramref name="limit"/> excerpts, oldest first, of posts containing any of <paramref name="matches"/>
    /// (words or phrases) and written on a day inside one of <paramref name="days"/> (inclusive ranges), by members of
    /// <paramref name="segmentValue"/> when <paramref name="segment"/> is a specialty or a state. Callers pass only the
    /// days of heat-map cells they show, so an excerpt never comes from a suppressed cell.
    /// </summary>
    Task<IReadOnlyList<PostQuote>> FindAsync(
        IReadOnlyList<string> matches,
        IReadOnlyList<(DateOnly From, DateOnly To)> days,
        SegmentBy segment,
        string? segmentValue,
        int limit,
        CancellationToken cancellationToken) =>
        FindAsync(matches, days, segment, segmentValue, null, limit, cancellationToken);

    /// <summary>
    /// As above, for <paramref name="forClient"/>'s report: posts the MNPI guard held out of that client's counts (the
    /// compliance log, <c>trial_disclosure_holds</c>) are never quoted to it either.
    /// </summary>
    Task<IReadOnlyList<PostQuote>> FindAsync(
        IReadOnlyList<string> matches,
        IReadOnlyList<(DateOnly From, DateOnly To)> days,
        SegmentBy segment,
        string? segmentValue,
        string? forClient,
        int limit,
        CancellationToken cancellationToken);
}
