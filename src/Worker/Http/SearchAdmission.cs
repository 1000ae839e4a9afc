using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Sermo.Worker.Http;

/// <summary>
/// The endpoint filter in front of <c>GET /api/search</c>: a concurrency limiter with a bounded, time-limited queue.
/// Under overload a search is refused at once with 503 and Retry-After instead of queueing until the client gives up,
/// so latency stays bounded for the searches admitted (issue 19, decision 019).
/// </summary>
public sealed class SearchAdmission(IOptions<SearchAdmissionOptions> options) : IEndpointFilter, IDisposable
{
    private readonly SearchAdmissionOptions _options = options.Value;
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.EffectiveMaxConcurrent,
        QueueLimit = options.Value.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        waiting.CancelAfter(_options.MaxQueueWait);
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, waiting.Token);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            return Refuse(http, $"no search slot freed within {_options.MaxQueueWait.TotalSeconds:0.###} s");
        }

        using (lease)
        {
            return lease.IsAcquired ? await next(context) : Refuse(http, $"{_limiter.GetStatistics()?.CurrentQueuedCount ?? 0} searches are already waiting");
        }
    }

    public void Dispose() => _limiter.Dispose();

    private IResult Refuse(HttpContext http, string why)
    {
        http.Response.Headers.RetryAfter = _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(title: "Search overloaded", detail: $"Too many searches at once ({why}); retry after {_options.RetryAfterSeconds} s.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
