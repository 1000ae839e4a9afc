using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sermo.Storage.Cube;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Excerpts;

/// <summary>Excerpts from the FTS5 index over scrubbed text: each match word becomes a quoted phrase, OR-ed together.</summary>
public sealed class SqlitePostExcerpts(SqliteDatabase database) : IPostExcerpts
{
    /// <summary>Tokens of context FTS5's snippet() keeps around the hit; about 200 characters.</summary>
    private const int SnippetTokens = 32;

    /// <summary>Leaves out posts held from this client by the MNPI guard.</summary>
    private const string Held = " AND NOT EXISTS (SELECT 1 FROM trial_disclosure_holds h WHERE h.post_id = p.post_id AND h.client_id = $client)";

    public async Task<IReadOnlyList<PostQuote>> FindAsync(
        IReadOnlyList<string> matches,
        IReadOnlyList<(DateOnly From, DateOnly To)> days,
        SegmentBy segment,
        string? segmentValue,
        string? forClient,
        int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(days);
        var query = MatchQuery(matches);
        if (query.Length == 0 || days.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var ranges = new StringBuilder();
        for (var i = 0; i < days.Count; i++)
        {
            ranges.Append(i == 0 ? "" : " OR ").Append(CultureInfo.InvariantCulture, $"(p.day BETWEEN $from{i} AND $to{i})");
            command.Parameters.AddWithValue($"$from{i}", days[i].From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue($"$to{i}", days[i].To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var segmentColumn = segment switch
        {
            SegmentBy.Specialty => "p.specialty",
            SegmentBy.State => "p.state",
            _ => null,
        };
        if (segmentColumn is not null)
        {
            command.Parameters.AddWithValue("$segment", segmentValue ?? throw new ArgumentNullException(nameof(segmentValue), "A segment needs its value."));
        }

        if (forClient is not null)
        {
            command.Parameters.AddWithValue("$client", forClient);
        }

        // Oldest first: posts that arrive later never displace a quote, so re-runs do not tell how many arrived; the
        // post id breaks ties so the same report re-rendered picks the same excerpts.
        command.CommandText = $"""
            SELECT p.post_id, p.day, snippet(posts_fts, 0, '', '', '…', {SnippetTokens})
            FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid
            WHERE posts_fts MATCH $query AND ({ranges}){(segmentColumn is null ? "" : $" AND {segmentColumn} = $segment")}{(forClient is null ? "" : Held)}
            ORDER BY p.created_at, p.id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        var excerpts = new List<PostQuote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            excerpts.Add(new PostQuote(reader.GetString(0), DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetString(2)));
        }

        return excerpts;
    }

    /// <summary>"a" OR "b c": quoting makes every word a literal phrase, so no watchlist word acts as FTS5 syntax.</summary>
    internal static string MatchQuery(IEnumerable<string> matches) =>
        string.Join(" OR ", matches
            .Select(m => m.Trim())
            .Where(m => m.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(m => "\"" + m.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
