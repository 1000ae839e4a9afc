using System.Globalization;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// The dates a post may carry: from <see cref="IngestOptions.EarliestPostDate"/> to one day after now (clocks of
/// sources drift; nothing is posted from the future). A post outside is dead-lettered as <c>bad-timestamp</c>: one post
/// dated year 1 once stretched every histogram that included it to 105,703 weekly buckets.
/// </summary>
public static class PostDateWindow
{
    public const string Reason = "bad-timestamp";

    /// <summary>Null when <paramref name="createdAt"/> is plausible, else the dead letter's detail.</summary>
    public static string? Check(string postId, DateTimeOffset createdAt, DateTimeOffset now, DateOnly earliest)
    {
        var utc = createdAt.ToUniversalTime();
        if (utc > now.AddDays(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"post '{postId}' is dated {utc:yyyy-MM-dd'T'HH:mm:ss'Z'}, in the future");
        }

        if (DateOnly.FromDateTime(utc.UtcDateTime) < earliest)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"post '{postId}' is dated {utc:yyyy-MM-dd'T'HH:mm:ss'Z'}, before {earliest:yyyy-MM-dd} (Ingest:EarliestPostDate)");
        }

        return null;
    }
}
