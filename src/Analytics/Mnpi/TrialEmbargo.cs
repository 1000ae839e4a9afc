using System.Text.RegularExpressions;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Mnpi;

/// <summary>
/// A finance client's embargo: tickers and products (<see cref="Terms"/>) its reports omit while a report's period
/// touches the quiet window of one of its scheduled readouts. A watchlist row is omitted when its label or any of its
/// match strings is an embargoed term; an excerpt is omitted when its text names one as a whole word.
/// </summary>
public sealed record TrialEmbargo(IReadOnlyList<string> Terms, IReadOnlyList<ScheduledReadout> Readouts)
{
    /// <summary>True when [<paramref name="from"/>, <paramref name="to"/>] overlaps a quiet window.</summary>
    public bool IsQuiet(DateOnly from, DateOnly to) => Readouts.Any(r => r.QuietFrom <= to && r.QuietTo >= from);

    public bool Covers(WatchlistTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Terms.Any(t => string.Equals(t, term.Label, StringComparison.OrdinalIgnoreCase)
            || term.Matches.Any(m => string.Equals(t, m, StringComparison.OrdinalIgnoreCase)));
    }

    public bool Names(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Terms.Any(t => Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(t)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    /// <summary>The watchlist terms a report of [<paramref name="from"/>, <paramref name="to"/>] may show.</summary>
    public static IReadOnlyList<WatchlistTerm> Visible(Watchlist watchlist, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(watchlist);
        return watchlist.Embargo is { } embargo && embargo.IsQuiet(from, to)
            ? [.. watchlist.Terms.Where(t => !embargo.Covers(t))]
            : watchlist.Terms;
    }
}
