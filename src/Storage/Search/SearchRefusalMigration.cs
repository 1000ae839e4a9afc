namespace Sermo.Storage.Search;

/// <summary>
/// The audit table of ad-hoc searches refused by the singling-out check (docs/privacy.md, P12): who asked, when, the
/// query text as typed, and why. One step per store backend (their identity columns differ).
/// </summary>
internal static class SearchRefusalMigration
{
    public const string SqliteStep = """
        CREATE TABLE search_refusals (
            id          INTEGER PRIMARY KEY,
            asked_by    TEXT NOT NULL,
            asked_at    TEXT NOT NULL,
            query       TEXT NOT NULL,
            reason      TEXT NOT NULL
        );
        """;

    public const string PostgresStep = """
        CREATE TABLE search_refusals (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            asked_by    text NOT NULL,
            asked_at    timestamptz NOT NULL,
            query       text NOT NULL,
            reason      text NOT NULL
        );
        """;
}
