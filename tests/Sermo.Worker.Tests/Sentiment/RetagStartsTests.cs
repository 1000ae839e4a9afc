using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.States;
using Microsoft.Extensions.Logging.Abstractions;
using Sermo.Portal.Operations;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Sentiment;

/// <summary>
/// Starting re-tags from the data team's page over Hangfire's in-memory job storage (no server: jobs stay queued), with
/// the host's re-tag index among the client's filters, as the host has it.
/// </summary>
public sealed class RetagStartsTests : IDisposable
{
    private readonly InMemoryStorage _storage = new();

    [Fact]
    public async Task Start_SameTaskWhileOneWaits_RefusedNamingThatJobAndOtherTaskStarts()
    {
        var starts = new RetagStarts(_storage, Client(), NullLogger<RetagStarts>.Instance);

        var first = await starts.StartAsync("sentiment", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "portal:a@sermo.test", CancellationToken.None);
        var second = await starts.StartAsync("sentiment", null, null, "portal:b@sermo.test", CancellationToken.None);
        var aspects = await starts.StartAsync("aspects", null, null, "portal:a@sermo.test", CancellationToken.None);
        var secondAspects = await starts.StartAsync("aspects", null, null, "portal:b@sermo.test", CancellationToken.None);

        first.Should().Be(new RetagStart(true, first.JobId, $"sentiment re-tag of 2026-01-01..2026-01-31 queued as job {first.JobId}"));
        second.Should().Be(new RetagStart(false, first.JobId, $"a sentiment re-tag is already enqueued (job {first.JobId}); start another when it has finished"));
        aspects.Started.Should().BeTrue(aspects.Message);
        secondAspects.Message.Should().Be($"an aspects re-tag is already enqueued (job {aspects.JobId}); start another when it has finished");
        using (var connection = _storage.GetConnection())
        {
            var job = connection.GetJobData(first.JobId)!.Job;
            job.Type.Should().Be<RetagJob>();
            job.Args.Take(2).Should().Equal("2026-01-01", "2026-01-31");
            job.Queue.Should().Be(JobQueues.Shared, "whichever host runs the schedules runs it");
            connection.GetJobData(aspects.JobId)!.Job.Method.Name.Should().Be(nameof(AspectRetagJob.RunAllAsync));
        }

        var runs = await new RetagRuns(_storage).RecentAsync(10, CancellationToken.None);
        runs.Select(r => (r.JobId, r.Task, r.State, r.Progress)).Should().BeEquivalentTo(
            [(first.JobId, "sentiment", "Enqueued", (string?)null), (aspects.JobId, "aspects", "Enqueued", (string?)null)]);
    }

    [Fact]
    public async Task Start_AfterTheLastRunSucceeded_StartsAnother()
    {
        var client = Client();
        var starts = new RetagStarts(_storage, client, NullLogger<RetagStarts>.Instance);
        var first = await starts.StartAsync("sentiment", null, null, "portal:a@sermo.test", CancellationToken.None);
        (await starts.StartAsync("sentiment", null, null, "portal:a@sermo.test", CancellationToken.None)).Started.Should().BeFalse();

        client.ChangeState(first.JobId, new SucceededState(null, 0, 0), EnqueuedState.StateName).Should().BeTrue();
        var again = await starts.StartAsync("sentiment", null, null, "portal:a@sermo.test", CancellationToken.None);

        again.Started.Should().BeTrue();
        again.JobId.Should().NotBe(first.JobId);
    }

    [Fact]
    public async Task Start_OneDayOnly_Refused()
    {
        var starts = new RetagStarts(_storage, Client(), NullLogger<RetagStarts>.Instance);

        var act = () => starts.StartAsync("sentiment", new DateOnly(2026, 1, 1), null, "portal:a@sermo.test", CancellationToken.None);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("give both days or neither*");
    }

    [Fact]
    public async Task Runs_ReTagsAmongHundredsOfOtherJobs_FoundAndAWaitingOneStillBlocksAStart()
    {
        var client = Client();
        var starts = new RetagStarts(_storage, client, NullLogger<RetagStarts>.Instance);
        var rollup = Job.FromExpression<CubeRollupJob>(j => j.RunAsync(CancellationToken.None), JobQueues.Shared);
        void Succeeded(int count)
        {
            for (var i = 0; i < count; i++)
            {
                client.ChangeState(client.Create(rollup, new EnqueuedState(JobQueues.Shared)), new SucceededState(null, 0, 0), EnqueuedState.StateName);
            }
        }

        void Waiting(int count)
        {
            for (var i = 0; i < count; i++)
            {
                client.Create(rollup, new EnqueuedState(JobQueues.Shared));
            }
        }

        // More rollups than any page of Hangfire's monitoring lists, on both sides of each re-tag.
        Succeeded(250);
        var finished = await starts.StartAsync("sentiment", null, null, "portal:a@sermo.test", CancellationToken.None);
        client.ChangeState(finished.JobId, new SucceededState(null, 0, 0), EnqueuedState.StateName).Should().BeTrue();
        Succeeded(250);
        Waiting(250);
        var waiting = await starts.StartAsync("aspects", null, null, "portal:a@sermo.test", CancellationToken.None);
        Waiting(250);

        var runs = await new RetagRuns(_storage).RecentAsync(10, CancellationToken.None);
        var again = await starts.StartAsync("aspects", null, null, "portal:b@sermo.test", CancellationToken.None);

        runs.Select(r => (r.JobId, r.Task, r.State)).Should().Equal((waiting.JobId, "aspects", "Enqueued"), (finished.JobId, "sentiment", "Succeeded"));
        again.Should().BeEquivalentTo(new { Started = false, waiting.JobId }, "the waiting aspects re-tag is found behind 250 queued rollups");
    }

    public void Dispose() => _storage.Dispose();

    private BackgroundJobClient Client() => new(_storage, new JobFilterCollection { new RetagRunIndex() });
}
