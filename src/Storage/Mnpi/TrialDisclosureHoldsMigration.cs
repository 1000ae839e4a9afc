namespace Sermo.Storage.Mnpi;

/// <summary>
/// The MNPI guard's compliance log (issue 21): one row per post and finance client whose counts and excerpts the rollup
/// held back because the post looked like it disclosed non-public trial information. No author key, no text: the post
/// id leads compliance staff to the stored (scrubbed) post.
/// </summary>
internal static class TrialDisclosureHoldsMigration
{
    public const string Sqlite = """
        CREATE TABLE trial_disclosure_holds (
            post_id     TEXT NOT NULL,
            client_id   TEXT NOT NULL,
            day         TEXT NOT NULL,
            score       REAL NOT NULL,
            by_rules    INTEGER NOT NULL,
            cues        TEXT NOT NULL,
            PRIMARY KEY (post_id, client_id)
        );
        CREATE INDEX ix_trial_disclosure_holds_day ON trial_disclosure_holds(day);
        """;

    public const string Postgres = """
        CREATE TABLE trial_disclosure_holds (
            post_id     text NOT NULL,
            client_id   text NOT NULL,
            day         date NOT NULL,
            score       double precision NOT NULL,
            by_rules    integer NOT NULL,
            cues        text NOT NULL,
            PRIMARY KEY (post_id, client_id)
        );
        CREATE INDEX ix_trial_disclosure_holds_day ON trial_disclosure_holds(day);
        """;
}
