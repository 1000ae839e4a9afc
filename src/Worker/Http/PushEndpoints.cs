using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Sermo.Ingest.Push;
using Sermo.Portal.Access;

namespace Sermo.Worker.Http;

/// <summary>
/// <c>POST /api/ingest/posts</c>: the HTTP push source. The body is drop-format JSON lines
/// (<c>application/x-ndjson</c>); the answer is 202 with the spool file and the lines the ingest cycle will
/// dead-letter. Off (404) until <c>Ingest:Push:Token</c> is set; every call needs that bearer token.
/// </summary>
public static class PushEndpoints
{
    public const string Path = "/api/ingest/posts";
    private const string TooLarge = "batch-too-large";

    private static readonly string[] LineMediaTypes = ["application/x-ndjson", "application/jsonl", "application/json-lines"];

    public static IEndpointRouteBuilder MapIngestPush(this IEndpointRouteBuilder app)
    {
        // Partners hold no portal account: the handler checks Ingest:Push:Token itself.
        app.MapPost(Path, PushAsync).WithName("PushPosts")
            .AllowAnonymous().WithMetadata(new PublicEndpoint("partners send the push token, checked by the handler"));
        return app;
    }

    private static async Task<IResult> PushAsync(HttpContext http, PushSpool spool, CancellationToken cancellationToken)
    {
        if (!spool.Enabled)
        {
            return Results.Problem(title: "Push is off", detail: "Set Ingest:Push:Token (SERMO_Ingest__Push__Token) to accept pushed posts.",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (!spool.IsAuthorized(BearerToken.From(http.Request)))
        {
            return Results.Problem(title: "Unauthorized", detail: "Send 'Authorization: Bearer <Ingest:Push:Token>'.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (mediaType is null || !LineMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return Results.Problem(title: "Unsupported media type",
                detail: $"Send one JSON object per line as {string.Join(" or ", LineMediaTypes)}; got '{http.Request.ContentType}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        // A declared length over the limit is refused before a byte is read, with the documented answer (Kestrel's own
        // check would answer 413 with an empty body); an undeclared one is counted by the spool as it streams.
        if (http.Request.ContentLength > spool.MaxBatchBytes)
        {
            return Refused(new PushRejectedException(TooLarge, $"the body is {http.Request.ContentLength:N0} bytes, over the {spool.MaxBatchBytes:N0}-byte limit (Ingest:Push:MaxBatchBytes); split it into smaller batches"));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = spool.MaxBatchBytes + 1;
        }

        try
        {
            var receipt = await spool.AcceptAsync(http.Request.Body, cancellationToken);
            return Results.Accepted(value: receipt);
        }
        catch (PushRejectedException ex)
        {
            return Refused(ex);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(new PushRejectedException(TooLarge, $"the body is over the {spool.MaxBatchBytes:N0}-byte limit (Ingest:Push:MaxBatchBytes); split it into smaller batches"));
        }
    }

    private static IResult Refused(PushRejectedException ex) =>
        Results.Problem(title: "Batch refused", detail: ex.Message,
            statusCode: ex.Reason == TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["reason"] = ex.Reason });
}
