using Sermo.Analytics.Safety;
using Sermo.Storage.Clients;
using Sermo.Storage.Safety;

namespace Sermo.Worker.Safety;

/// <summary>
/// Queues the posts stored since the last scan that name any client's product with adverse-event language, for Sermo's
/// safety staff. Runs inside the cube rollup job, so every ingest cycle's posts are looked at within one rollup.
/// </summary>
public sealed class SafetyScan(IClientRegistry clients, ISafetyQueue queue, TimeProvider time)
{
    /// <summary>How many items were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var products = new SafetyProducts((await clients.ListAsync(cancellationToken)).Select(c => c.Watchlist));
        // With no client there is no product to watch; the checkpoint still advances, as a later client's products
        // are not looked for in posts stored before it signed (decision 030).
        return await queue.ScanAsync(post => IcsrAssessor.Assess(post, products), time.GetUtcNow(), cancellationToken);
    }
}
