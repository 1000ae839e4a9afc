namespace Sermo.Storage.Emerging;

/// <summary>The audit of emerging terms promoted to client watchlists (issue 21), one step per backend: ids and times differ.</summary>
internal static class WatchlistPromotionsMigration
{
    public const string SqliteStep = """
        CREATE TABLE watchlist_promotions (
            id          INTEGER PRIMARY KEY,
            client_id   TEXT NOT NULL,
            term        TEXT NOT NULL,
            label       TEXT NOT NULL,
            analyst     TEXT NOT NULL,
            outcome     TEXT NOT NULL,
            promoted_at TEXT NOT NULL
        );
        CREATE INDEX ix_watchlist_promotions_client ON watchlist_promotions(client_id, id);
        """;

    public const string PostgresStep = """
        CREATE TABLE watchlist_promotions (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            client_id   text NOT NULL,
            term        text NOT NULL,
            label       text NOT NULL,
            analyst     text NOT NULL,
            outcome     text NOT NULL,
            promoted_at timestamptz NOT NULL
        );
        CREATE INDEX ix_watchlist_promotions_client ON watchlist_promotions (client_id, id);
        """;
}
