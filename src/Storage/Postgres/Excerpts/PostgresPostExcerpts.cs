using System.Text;
using Npgsql;
using NpgsqlTypes;
using Sermo.Storage.Cube;
using Sermo.Storage.Excerpts;

namespace Sermo.Storage.Postgres.Excerpts;

/// <summary>
/// Excerpts from the PostgreSQL store: each match word or phrase becomes a <c>phraseto_tsquery</c>, OR-ed together,
/// matched against the posts' stored tsvector (GIN), and <c>ts_headline</c> cuts about 32 words around the hits.
/// Values travel as parameters, so no watchlist word is read as query syntax.
/// </summary>
public sealed class PostgresPostExcerpts(PostgresStoreDatabase database) : IPostExcerpts
{
    private const string Ellipsis = "…";

    /// <summary>Leaves out posts held from this client by the MNPI guard.</summary>
    private const string Held = " AND NOT EXISTS (SELECT 1 FROM trial_disclosure_holds h WHERE h.post_id = p.post_id AND h.client_id = @client)";

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
        var phrases = matches
            .Select(m => m.Trim())
            .Where(m => m.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (phrases.Count == 0 || days.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var query = string.Join(" || ", phrases.Select((phrase, i) =>
        {
            command.Parameters.Add(new NpgsqlParameter($"m{i}", NpgsqlDbType.Text) { Value = phrase });
            return $"phraseto_tsquery('english', @m{i})";
        }));
        var ranges = new StringBuilder();
        for (var i = 0; i < days.Count; i++)
        {
            ranges.Append(i == 0 ? "" : " OR ").Append(System.Globalization.CultureInfo.InvariantCulture, $"(p.day BETWEEN @from{i} AND @to{i})");
            command.Parameters.Add(new NpgsqlParameter($"from{i}", NpgsqlDbType.Date) { Value = days[i].From });
            command.Parameters.Add(new NpgsqlParameter($"to{i}", NpgsqlDbType.Date) { Value = days[i].To });
        }

        var segmentColumn = segment switch
        {
            SegmentBy.Specialty => "p.specialty",
            SegmentBy.State => "p.state",
            _ => null,
        };
        if (segmentColumn is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("segment", NpgsqlDbType.Text)
            {
                Value = segmentValue ?? throw new ArgumentNullException(nameof(segmentValue), "A segment needs its value."),
            });
        }

        if (forClient is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("client", NpgsqlDbType.Text) { Value = forClient });
        }

        // Oldest first: posts that arrive later never displace a quote, so re-runs do not tell how many arrived; the
        // row id breaks ties so the same report re-rendered picks the same excerpts.
        command.CommandText = $"""
            SELECT p.post_id, p.day, p.text,
                   ts_headline('english', p.text, m.q, 'StartSel="", StopSel="", MaxWords=32, MinWords=20, MaxFragments=1')
              FROM posts p, (SELECT {query} AS q) m
             WHERE p.tsv @@ m.q AND ({ranges}){(segmentColumn is null ? "" : $" AND {segmentColumn} = @segment")}{(forClient is null ? "" : Held)}
             ORDER BY p.created_at, p.id
             LIMIT @limit
            """;
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
        var excerpts = new List<PostQuote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            excerpts.Add(new PostQuote(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), Cut(reader.GetString(2), reader.GetString(3))));
        }

        return excerpts;
    }

    /// <summary>Marks a headline cut from a longer text with an ellipsis at each cut end, as FTS5's snippet() does.</summary>
    private static string Cut(string text, string headline)
    {
        var trimmed = headline.Trim();
        var at = text.IndexOf(trimmed, StringComparison.Ordinal);
        if (trimmed.Length == 0 || at < 0)
        {
            return trimmed;
        }

        return (at > 0 ? Ellipsis : "") + trimmed + (at + trimmed.Length < text.TrimEnd().Length ? Ellipsis : "");
    }
}
