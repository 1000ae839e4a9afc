using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Sermo.Worker.Http;

/// <summary>
/// The endpoint filter in front of <c>GET /api/search</c>: a concurrency limiter with a bounded, time-limited queue.
/// Under overload a search is refused with 503 and Retry-After instead of queueing until the client gives up, so
/// latency stays bounded for the searches admitted (issue 19, decisions 019 and 043). A search that would have to
/// wait longer than <see cref="SearchAdmissionOptions.MaxQueueWait"/> by the recent searches' mean duration is
/// refused at once rather than after sitting out that wait; a search still running when
/// <see cref="SearchAdmissionOptions.AnswerWithin"/> has passed since it arrived is cancelled and answered 503 too.
/// </summary>
public sealed class SearchAdmission : IEndpointFilter, IDisposable
{
    // Weight of the newest duration in the running mean: about the last ten searches count.
    private const double NewestWeight = 0.1;

    private readonly SearchAdmissionOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrencyLimiter _limiter;
    private readonly int _permits;
    private int _waiting;
    private long _meanTicks; // running mean of an admitted search's duration, in Stopwatch-style ticks of _time

    public SearchAdmission(IOptions<SearchAdmissionOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _permits = _options.EffectiveMaxConcurrent;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _permits,
            QueueLimit = _options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>How long a search arriving now is expected to wait for a slot: the searches queued ahead of it, run
    /// <c>MaxConcurrent</c> at a time at the recent mean duration. Zero while a slot is free.</summary>
    public TimeSpan ExpectedWait()
    {
        if (_limiter.GetStatistics() is not { CurrentAvailablePermits: 0 })
        {
            return TimeSpan.Zero;
        }

        var mean = TimeSpan.FromTicks((long)(Interlocked.Read(ref _meanTicks) * (double)TimeSpan.TicksPerSecond / _time.TimestampFrequency));
        return mean * ((Volatile.Read(ref _waiting) + 1) / (double)_permits);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (ExpectedWait() is var expected && expected > _options.MaxQueueWait)
        {
            return Refuse(http, $"the searches ahead would take about {expected.TotalSeconds:0.##} s");
        }

        // The whole answer, queue included, has AnswerWithin; past it the search is abandoned for a 503 the client
        // still receives, rather than an answer it has stopped waiting for.
        using var deadline = new CancellationTokenSource(_options.AnswerWithin, _time);
        using var waiting = new CancellationTokenSource(_options.MaxQueueWait, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, waiting.Token, deadline.Token);
        RateLimitLease lease;
        Interlocked.Increment(ref _waiting);
        try
        {
            lease = await _limiter.AcquireAsync(1, either.Token);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            return Refuse(http, $"no search slot freed within {_options.MaxQueueWait.TotalSeconds:0.###} s");
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                return Refuse(http, $"{_limiter.GetStatistics()?.CurrentQueuedCount ?? 0} searches are already waiting");
            }

            var started = _time.GetTimestamp();
            var aborted = http.RequestAborted;
            using var abandon = CancellationTokenSource.CreateLinkedTokenSource(aborted, deadline.Token);
            // The endpoint's CancellationToken was bound before the filters ran: the search gets the one with the deadline.
            for (var i = 0; i < context.Arguments.Count; i++)
            {
                if (context.Arguments[i] is CancellationToken)
                {
                    context.Arguments[i] = abandon.Token;
                }
            }

            try
            {
                return await next(context);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested)
            {
                return Refuse(http, $"no answer within {_options.AnswerWithin.TotalSeconds:0.###} s");
            }
            finally
            {
                Record(_time.GetTimestamp() - started);
            }
        }
    }

    public void Dispose() => _limiter.Dispose();

    private void Record(long ticks)
    {
        long seen, updated;
        do
        {
            seen = Interlocked.Read(ref _meanTicks);
            updated = seen == 0 ? ticks : (long)(seen + (NewestWeight * (ticks - seen)));
        }
        while (Interlocked.CompareExchange(ref _meanTicks, updated, seen) != seen);
    }

    private IResult Refuse(HttpContext http, string why)
    {
        http.Response.Headers.RetryAfter = _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(title: "Search overloaded", detail: $"Too many searches at once ({why}); retry after {_options.RetryAfterSeconds} s.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
