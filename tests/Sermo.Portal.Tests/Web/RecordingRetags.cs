using Sermo.Portal.Operations;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// Stands in for the Worker's Hangfire-backed re-tag starter and progress reader (the portal cannot reference the
/// Worker; <c>RetagStartsTests</c> there runs the real ones): records each start and shows it as a running job with the
/// progress line a re-tag writes after its first page. Refusing a second start is the real starter's, not this one's.
/// </summary>
internal sealed class RecordingRetags : IRetagStarter, IRetagProgress
{
    private readonly List<(string Task, DateOnly? From, DateOnly? To, string Actor)> _starts = [];

    public IReadOnlyList<(string Task, DateOnly? From, DateOnly? To, string Actor)> Starts => _starts;

    public Task<RetagStart> StartAsync(string task, DateOnly? from, DateOnly? to, string actor, CancellationToken cancellationToken)
    {
        _starts.Add((task, from, to, actor));
        var id = _starts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.FromResult(new RetagStart(true, id, $"{task} re-tag queued as job {id}"));
    }

    public Task<IReadOnlyList<RetagRun>> RecentAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RetagRun>>([.. _starts.Select((s, i) => new RetagRun((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Processing", new DateTime(2026, 3, 20, 9, 0, 0, DateTimeKind.Utc), $"500 of 1,200 posts re-tagged with v0002", s.Task)).Reverse().Take(limit)]);
}
