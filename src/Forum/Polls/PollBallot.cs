using System.Data.Common;
using Sermo.Forum.Conversation;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Polls;

/// <summary>
/// A thread's poll: one question, 2-10 options, one vote per member, results shown after voting or after close.
/// Poll answers are forum content: they never enter the feed, so clients never see them.
/// </summary>
public sealed class PollBallot(ForumDatabase database, TimeProvider time)
{
    public const int MinOptions = 2;
    public const int MaxOptions = 10;

    public static NewPoll Validate(NewPoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var question = Posting.Text(poll.Question, "PollQuestion", 3, 300);
        var options = poll.Options.Select(o => (o ?? "").Trim()).Where(o => o.Length > 0).ToList();
        if (options.Count is < MinOptions or > MaxOptions)
        {
            throw new ForumRuleException("PollOptions", $"A poll has {MinOptions} to {MaxOptions} options.");
        }

        if (options.Any(o => o.Length > 120) || options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            throw new ForumRuleException("PollOptions", "Each option is different and at most 120 characters.");
        }

        return new NewPoll(question, options, poll.ClosesAt);
    }

    /// <summary>Records the member's one vote. False when they had already voted (the first vote stands).</summary>
    public async Task<bool> VoteAsync(string memberId, string threadId, int option, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await Posting.RequireVerifiedAsync(write, memberId, cancellationToken);
        var polls = await write.QueryAsync("SELECT closes_at, closed_at FROM forum_polls WHERE thread_id = @id",
            r => (ClosesAt: database.ReadTimeOrNull(r, 0), ClosedAt: database.ReadTimeOrNull(r, 1)), cancellationToken, ("@id", threadId));
        if (polls.Count == 0)
        {
            throw new ForumRuleException("", "This thread has no poll.");
        }

        if (IsClosed(polls[0].ClosesAt, polls[0].ClosedAt, now))
        {
            throw new ForumRuleException("", "The poll is closed.");
        }

        if (await write.ScalarAsync("SELECT 1 FROM forum_poll_options WHERE thread_id = @id AND option_no = @no", cancellationToken, ("@id", threadId), ("@no", option)) is null)
        {
            throw new ForumRuleException("", "Choose one of the poll's options.");
        }

        var added = await write.ExecuteAsync("""
            INSERT INTO forum_poll_votes (thread_id, member_id, option_no, voted_at) VALUES (@id, @member, @no, @now)
            ON CONFLICT (thread_id, member_id) DO NOTHING
            """, cancellationToken, ("@id", threadId), ("@member", memberId), ("@no", option), ("@now", database.Time(now)));
        await write.CommitAsync(now, cancellationToken);
        return added > 0;
    }

    /// <summary>The asker closes the poll; everyone sees the results from then on.</summary>
    public async Task CloseAsync(string memberId, string threadId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var asker = await write.ScalarAsync("SELECT member_id FROM forum_threads WHERE thread_id = @id", cancellationToken, ("@id", threadId));
        if (!Equals(asker, memberId))
        {
            throw new ForumRuleException("", "Only the member who asked can close the poll.");
        }

        await write.ExecuteAsync("UPDATE forum_polls SET closed_at = @now WHERE thread_id = @id AND closed_at IS NULL", cancellationToken,
            ("@now", database.Time(now)), ("@id", threadId));
        await write.CommitAsync(now, cancellationToken);
    }

    internal static async Task InsertAsync(ForumWrite write, string threadId, NewPoll poll, CancellationToken ct)
    {
        await write.ExecuteAsync("INSERT INTO forum_polls (thread_id, question, closes_at) VALUES (@id, @question, @closes)", ct,
            ("@id", threadId), ("@question", poll.Question), ("@closes", poll.ClosesAt is { } at ? write.Database.Time(at) : null));
        for (var i = 0; i < poll.Options.Count; i++)
        {
            await write.ExecuteAsync("INSERT INTO forum_poll_options (thread_id, option_no, label) VALUES (@id, @no, @label)", ct,
                ("@id", threadId), ("@no", i + 1), ("@label", poll.Options[i]));
        }
    }

    internal async Task<PollView?> GetAsync(DbConnection connection, string threadId, string viewerId, CancellationToken ct)
    {
        var polls = await connection.QueryAsync(null, "SELECT question, closes_at, closed_at FROM forum_polls WHERE thread_id = @id",
            r => (Question: r.GetString(0), ClosesAt: database.ReadTimeOrNull(r, 1), ClosedAt: database.ReadTimeOrNull(r, 2)), ct, ("@id", threadId));
        if (polls.Count == 0)
        {
            return null;
        }

        var poll = polls[0];
        var choice = await connection.ScalarAsync(null, "SELECT option_no FROM forum_poll_votes WHERE thread_id = @id AND member_id = @viewer", ct,
            ("@id", threadId), ("@viewer", viewerId));
        var closed = IsClosed(poll.ClosesAt, poll.ClosedAt, time.GetUtcNow());
        var showResults = closed || choice is not null;
        var options = await connection.QueryAsync(null, """
            SELECT o.option_no, o.label, (SELECT COUNT(*) FROM forum_poll_votes v WHERE v.thread_id = o.thread_id AND v.option_no = o.option_no)
            FROM forum_poll_options o WHERE o.thread_id = @id ORDER BY o.option_no
            """, r => new PollOption(r.GetInt32(0), r.GetString(1), showResults ? (int)r.GetInt64(2) : null), ct, ("@id", threadId));
        return new PollView(poll.Question, options, choice is null ? null : Convert.ToInt32(choice, System.Globalization.CultureInfo.InvariantCulture),
            closed, poll.ClosesAt, showResults ? options.Sum(o => o.Votes!.Value) : null);
    }

    private static bool IsClosed(DateTimeOffset? closesAt, DateTimeOffset? closedAt, DateTimeOffset now) =>
        closedAt is not null || (closesAt is { } at && at <= now);
}
