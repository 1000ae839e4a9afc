namespace Sermo.Storage.Emerging;

/// <summary>One audited promotion of an emerging term to a client's watchlist.</summary>
/// <param name="Analyst">Who promoted it, as the analyst gave it on the command line.</param>
/// <param name="Outcome"><see cref="WatchlistPromotions.Added"/>, or <see cref="WatchlistPromotions.AlreadyWatched"/> when a term already matched it.</param>
public sealed record WatchlistPromotion(long Id, string ClientId, string Term, string Label, string Analyst, string Outcome, DateTimeOffset PromotedAt);
