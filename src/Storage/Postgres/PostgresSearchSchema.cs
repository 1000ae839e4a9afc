namespace Sermo.Storage.Postgres;

/// <summary>
/// The PostgreSQL search table: scrubbed text with a stored tsvector (GIN), tags as arrays (GIN) so tag filters
/// are index lookups, and parallel label arrays for facets. <c>disease_codes</c> holds every prefix of each ICD-10
/// code (E1, E11, E11.9), so <c>disease:E11</c> is one containment test; <c>aspects</c> holds "access" and
/// "access:negative" per drug mention's aspect (added by ALTER for tables made before it).
/// </summary>
internal static class PostgresSearchSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS search_posts (
            post_id         text PRIMARY KEY,
            author_key      text NOT NULL,
            created_at      timestamptz NOT NULL,
            day             date NOT NULL,
            specialty       text,
            state           text,
            sentiment       smallint NOT NULL,
            adverse         boolean NOT NULL,
            text            text NOT NULL,
            brands          text[] NOT NULL,
            brand_labels    text[] NOT NULL,
            generics        text[] NOT NULL,
            diseases        text[] NOT NULL,
            disease_labels  text[] NOT NULL,
            disease_codes   text[] NOT NULL,
            disease_names   text[] NOT NULL,
            tsv             tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
        );
        ALTER TABLE search_posts ADD COLUMN IF NOT EXISTS aspects text[] NOT NULL DEFAULT '{}';
        CREATE INDEX IF NOT EXISTS ix_search_posts_tsv ON search_posts USING gin (tsv);
        CREATE INDEX IF NOT EXISTS ix_search_posts_aspects ON search_posts USING gin (aspects);
        CREATE INDEX IF NOT EXISTS ix_search_posts_brands ON search_posts USING gin (brands);
        CREATE INDEX IF NOT EXISTS ix_search_posts_generics ON search_posts USING gin (generics);
        CREATE INDEX IF NOT EXISTS ix_search_posts_disease_codes ON search_posts USING gin (disease_codes);
        CREATE INDEX IF NOT EXISTS ix_search_posts_disease_names ON search_posts USING gin (disease_names);
        CREATE INDEX IF NOT EXISTS ix_search_posts_author ON search_posts (author_key);
        CREATE INDEX IF NOT EXISTS ix_search_posts_day ON search_posts (day);
        CREATE INDEX IF NOT EXISTS ix_search_posts_specialty ON search_posts (lower(specialty));
        CREATE INDEX IF NOT EXISTS ix_search_posts_state ON search_posts (lower(state));
        """;

    /// <summary>Columns written by COPY, in order (tsv is generated).</summary>
    public const string Columns =
        "post_id, author_key, created_at, day, specialty, state, sentiment, adverse, text, brands, brand_labels, generics, diseases, disease_labels, disease_codes, disease_names, aspects";

    // Binary COPY goes to a private staging table, then one upsert: idempotent by post id, last copy of a post wins.
    public const string Staging = $"""
        CREATE TEMP TABLE search_staging (ord serial, {StagingColumns}) ON COMMIT DROP
        """;

    public const string Upsert = $"""
        INSERT INTO search_posts ({Columns})
        SELECT DISTINCT ON (post_id) {Columns} FROM search_staging ORDER BY post_id, ord DESC
        ON CONFLICT (post_id) DO UPDATE SET
            author_key = excluded.author_key, created_at = excluded.created_at, day = excluded.day,
            specialty = excluded.specialty, state = excluded.state, sentiment = excluded.sentiment,
            adverse = excluded.adverse, text = excluded.text, brands = excluded.brands, brand_labels = excluded.brand_labels,
            generics = excluded.generics, diseases = excluded.diseases, disease_labels = excluded.disease_labels,
            disease_codes = excluded.disease_codes, disease_names = excluded.disease_names, aspects = excluded.aspects
        WHERE (search_posts.text, search_posts.author_key, search_posts.created_at, search_posts.brands, search_posts.generics,
               search_posts.diseases, search_posts.sentiment, search_posts.adverse, search_posts.specialty, search_posts.state,
               search_posts.aspects)
              IS DISTINCT FROM
              (excluded.text, excluded.author_key, excluded.created_at, excluded.brands, excluded.generics,
               excluded.diseases, excluded.sentiment, excluded.adverse, excluded.specialty, excluded.state, excluded.aspects)
        """;

    private const string StagingColumns = """
        post_id text, author_key text, created_at timestamptz, day date, specialty text, state text, sentiment smallint,
        adverse boolean, text text, brands text[], brand_labels text[], generics text[], diseases text[], disease_labels text[],
        disease_codes text[], disease_names text[], aspects text[]
        """;
}
