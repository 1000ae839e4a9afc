namespace Sermo.Storage.Excerpts;

/// <summary>A short piece of one post's scrubbed text. Carries no author key, post id or handle.</summary>
public sealed record PostExcerpt(DateOnly Day, string Text);

/// <summary>Reads scrubbed post text for report excerpts.</summary>
public interface IPostExcerpts
{
    /// <summary>
    /// Up to <paramref name="limit"/> excerpts, newest first, of posts containing any of <paramref name="matches"/>
    /// (words or phrases) and written on a day inside one of <paramref name="days"/> (inclusive ranges). Callers pass
    /// only the days of heat-map cells they show, so an excerpt never comes from a suppressed cell.
    /// </summary>
    Task<IReadOnlyList<PostExcerpt>> FindAsync(
        IReadOnlyList<string> matches,
        IReadOnlyList<(DateOnly From, DateOnly To)> days,
        int limit,
        CancellationToken cancellationToken);
}
