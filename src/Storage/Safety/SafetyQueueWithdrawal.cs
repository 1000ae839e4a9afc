using System.Data.Common;
using System.Text.Json;
using Sermo.Storage.Ingestion;
using Sermo.Analytics.Safety;

namespace Sermo.Storage.Safety;

/// <summary>
/// Withdraws undecided queue items whose post leaves the store (its deletion, its author's opt-out), in the ingest
/// commit that deletes the post, so P11 holds for the queue too (decision 097). The item stays on record for audit
/// (queue number, dates, product, event, which criteria were met, why it was withdrawn) without the text or the
/// criteria's evidence, which are words of the post. A decided item is kept whole: once reviewed it may have been
/// exported as a case, and pharmacovigilance requires a received case to be kept (docs/adverse-events.md).
/// </summary>
internal static class SafetyQueueWithdrawal
{
    /// <summary>Who the withdrawal is recorded under: the store itself, not a reviewer.</summary>
    public const string Withdrawer = "sermo";

    public const string PostDeleted = "withdrawn before review: the post was deleted";

    public const string AuthorOptedOut = "withdrawn before review: its author opted out of analytics";

    public static async Task<int> WithdrawAsync(
        DbConnection connection, DbTransaction tx, StoreDatabase database, IReadOnlyList<string> deletedPostIds, IReadOnlyList<string> optedOutAuthorKeys,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = new List<(long Id, string Criteria, string Reason)>();
        foreach (var postId in deletedPostIds)
        {
            items.AddRange(await connection.QueryAsync(tx, "SELECT id, criteria FROM safety_queue WHERE decision IS NULL AND post_id = @post",
                r => (r.GetInt64(0), r.GetString(1), PostDeleted), cancellationToken, ("@post", postId)));
        }

        // Before the author's posts are deleted: the queue holds no author key, the post row says whose it was.
        foreach (var authorKey in optedOutAuthorKeys)
        {
            items.AddRange(await connection.QueryAsync(tx, """
                SELECT q.id, q.criteria FROM safety_queue q JOIN posts p ON p.post_id = q.post_id
                WHERE q.decision IS NULL AND p.author_key = @key
                """, r => (r.GetInt64(0), r.GetString(1), AuthorOptedOut), cancellationToken, ("@key", authorKey)));
        }

        var withdrawn = 0;
        foreach (var (id, criteria, reason) in items)
        {
            withdrawn += await connection.ExecuteAsync(tx, """
                UPDATE safety_queue SET text = '', criteria = @criteria, decision = @withdrawn, reviewer = @by, note = @reason, decided_at = @at
                WHERE id = @id AND decision IS NULL
                """, cancellationToken,
                ("@id", id), ("@criteria", WithoutEvidence(criteria)), ("@withdrawn", SafetyOutcomes.Withdrawn), ("@by", Withdrawer),
                ("@reason", reason), ("@at", database.Time(now)));
        }

        return withdrawn;
    }

    /// <summary>The criteria with their met/not-met kept and their evidence (words of the post) removed.</summary>
    private static string WithoutEvidence(string criteriaJson)
    {
        var found = JsonSerializer.Deserialize<IcsrAssessment>(criteriaJson, PostJson.Options)
            ?? throw new InvalidDataException("a safety queue item has no criteria");
        static CriterionFinding Bare(CriterionFinding f) => f with { Evidence = "" };
        return PostJson.Serialize(new IcsrAssessment(Bare(found.Patient), Bare(found.Reporter), Bare(found.Product), Bare(found.Event)));
    }
}
