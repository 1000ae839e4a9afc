namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step that replaces the B-tree index on <c>posts.author_key</c> with an FTS5 posting list (decision 006).
/// Author keys are random, so every post inserted into that index dirtied its own leaf page: at a million posts it
/// was a third of bulk-load time. FTS5 buffers postings per transaction and merges them in sorted runs, so the same
/// lookup (an author's posts, for opt-out) costs a sequential write. Each key is indexed as one token, hex(author_key),
/// so any key string matches exactly and nothing in it is read as query syntax. Contentless, so the key text is not
/// stored a second time: triggers remove a post's token with FTS5's 'delete' command and the value it was indexed
/// with, hex(old.author_key). (Trigger inserts use NOT EXISTS, not OR IGNORE: an outer upsert's
/// conflict policy would override it.) <c>cube_member_checks</c> lists authors who lost a post since the last
/// rollup, so the cube forgets members without posts by checking those, not every member.
/// </summary>
internal static class SqliteAuthorPostingsMigration
{
    public const string Step = """
        CREATE VIRTUAL TABLE posts_authors USING fts5(
            author, content='', detail=none, columnsize=0, tokenize='ascii');
        INSERT INTO posts_authors(rowid, author) SELECT id, hex(author_key) FROM posts;
        DROP INDEX ix_posts_author;

        CREATE TABLE cube_member_checks (author_key TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO cube_member_checks (author_key) SELECT author_key FROM cube_members;

        CREATE TRIGGER posts_authors_au AFTER UPDATE OF author_key ON posts WHEN old.author_key IS NOT new.author_key BEGIN
            INSERT INTO posts_authors(posts_authors, rowid, author) VALUES ('delete', old.id, hex(old.author_key));
            INSERT INTO posts_authors(rowid, author) VALUES (new.id, hex(new.author_key));
            INSERT INTO cube_member_checks (author_key)
                SELECT old.author_key WHERE NOT EXISTS (SELECT 1 FROM cube_member_checks WHERE author_key = old.author_key);
        END;
        CREATE TRIGGER posts_authors_ad AFTER DELETE ON posts BEGIN
            INSERT INTO posts_authors(posts_authors, rowid, author) VALUES ('delete', old.id, hex(old.author_key));
            INSERT INTO cube_member_checks (author_key)
                SELECT old.author_key WHERE NOT EXISTS (SELECT 1 FROM cube_member_checks WHERE author_key = old.author_key);
        END;
        """;

    /// <summary>The FTS5 condition for the posts of the author whose key <paramref name="keyExpression"/> yields.</summary>
    public static string MatchAuthor(string keyExpression) => $"posts_authors MATCH '\"' || hex({keyExpression}) || '\"'";
}
