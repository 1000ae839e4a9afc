using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// The one pass over a search's whole match (decision 054): each matching post arrives once with its brand and disease
/// tags (<c>facet_tags</c>, carried in the covering index) and is counted into the histogram and facets as it streams
/// by. It steps the statement on the connection's native handle and reads text columns as the UTF-8 bytes SQLite holds
/// (decision 069): through the data reader every hit cost five new strings and a reader call per column, which was
/// most of the managed half of a broad query's CPU; now a string is made only for an author, day or facet value not
/// seen before in this pass.
/// </summary>
internal static class SqliteMatchPass
{
    /// <summary>How often the pass looks at the deadline's token (decision 043) between rows.</summary>
    private const int RowsBetweenCancellationChecks = 256;

    public static List<MatchedPost> Run(SqliteConnection connection, SqliteQueryTranslator query, SearchAggregation? aggregation, MatchAuthors authors, CancellationToken ct)
    {
        var tags = aggregation is null ? "''" : "p.facet_tags";
        var sql = query.Match is null
            ? $"""
              SELECT p.id, 0.0, p.created_at, p.author_key, p.day, p.specialty, p.sentiment, {tags}
                FROM posts p
               WHERE {query.Where}
              """
            : $"""
              SELECT p.id, -bm25(posts_fts), p.created_at, p.author_key, p.day, p.specialty, p.sentiment, {tags}
                FROM posts_fts JOIN posts p INDEXED BY {SqliteSearchPostCoverMigration.IndexName} ON p.id = posts_fts.rowid
               WHERE posts_fts MATCH $match AND {query.Where}
              """;
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            foreach (var (name, value) in query.Parameters)
            {
                Bind(db, statement, name, value);
            }

            if (query.Match is not null)
            {
                Bind(db, statement, "$match", query.Match);
            }

            return Read(db, statement, aggregation, authors, ct);
        }
    }

    private static List<MatchedPost> Read(sqlite3 db, sqlite3_stmt statement, SearchAggregation? aggregation, MatchAuthors authors, CancellationToken ct)
    {
        var hits = new List<MatchedPost>();
        Span<char> authorKey = stackalloc char[128];
        Span<char> specialty = stackalloc char[128];
        var facetTags = new char[1024];
        int step;
        while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            if (hits.Count % RowsBetweenCancellationChecks == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            hits.Add(new MatchedPost(raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_double(statement, 1),
                MatchedPost.CreatedKey(raw.sqlite3_column_blob(statement, 2))));
            var author = Text(raw.sqlite3_column_blob(statement, 3), ref authorKey);
            authors.Add(author);
            if (aggregation is null)
            {
                continue;
            }

            var number = aggregation.AuthorNumber(author);
            var day = Day(raw.sqlite3_column_blob(statement, 4));
            var hasSpecialty = raw.sqlite3_column_type(statement, 5) != raw.SQLITE_NULL;
            var specialtyText = hasSpecialty ? Text(raw.sqlite3_column_blob(statement, 5), ref specialty) : default;
            aggregation.AddPost(number, day, hasSpecialty, specialtyText, raw.sqlite3_column_int(statement, 6));
            var tagBytes = raw.sqlite3_column_blob(statement, 7);
            if (tagBytes.Length > 0)
            {
                if (Encoding.UTF8.GetMaxCharCount(tagBytes.Length) > facetTags.Length)
                {
                    facetTags = new char[Encoding.UTF8.GetMaxCharCount(tagBytes.Length)];
                }

                FacetTags.Count(aggregation, facetTags.AsSpan(0, Encoding.UTF8.GetChars(tagBytes, facetTags)), number);
            }
        }

        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, db);
        }

        ct.ThrowIfCancellationRequested();
        return hits;
    }

    /// <summary>A text column's UTF-8 bytes as characters in <paramref name="buffer"/>, which grows for a longer value.</summary>
    private static ReadOnlySpan<char> Text(ReadOnlySpan<byte> utf8, ref Span<char> buffer)
    {
        var most = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (most > buffer.Length)
        {
            buffer = new char[most];
        }

        return buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
    }

    /// <summary>The stored day (yyyy-MM-dd), read from its digits without a string.</summary>
    internal static DateOnly Day(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            throw new FormatException($"posts.day is not yyyy-MM-dd: '{Encoding.UTF8.GetString(text)}'.");
        }

        return new DateOnly(MatchedPost.Digits(text[..4]), MatchedPost.Digits(text.Slice(5, 2)), MatchedPost.Digits(text.Slice(8, 2)));
    }

    internal static void Bind(sqlite3 db, sqlite3_stmt statement, string name, object value)
    {
        var position = raw.sqlite3_bind_parameter_index(statement, name);
        if (position == 0)
        {
            throw new InvalidOperationException($"The search statement has no parameter {name}.");
        }

        var rc = value switch
        {
            string text => raw.sqlite3_bind_text(statement, position, text),
            int number => raw.sqlite3_bind_int64(statement, position, number),
            long number => raw.sqlite3_bind_int64(statement, position, number),
            double number => raw.sqlite3_bind_double(statement, position, number),
            _ => throw new InvalidOperationException($"Search parameter {name} has an unsupported type {value.GetType().Name}."),
        };
        SqliteException.ThrowExceptionForRC(rc, db);
    }
}
