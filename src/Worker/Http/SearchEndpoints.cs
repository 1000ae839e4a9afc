using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Portal.Access;
using Sermo.Storage.Search;

namespace Sermo.Worker.Http;

/// <summary>
/// <c>GET /api/search?q=…</c>: the query verb over HTTP for the analyst pages. Analysts only (privacy rule P6): the host
/// maps it under the portal's analyst policy, whose refusal (401/403, audited) comes before <see cref="SearchAdmission"/>,
/// so a caller without the role takes no search slot. Syntax errors are 400 problem details with the position and what
/// was expected; refused queries are 422 with the reason; an index that cannot be used (an Elasticsearch cluster
/// unreachable, refusing credentials, too old) is 503 with its one line; so is a search <see cref="SearchAdmission"/>
/// refuses under overload, with Retry-After. Histogram and facets follow the k-author rule of <see cref="SearchAggregates"/>;
/// a query matching fewer than k distinct authors is answered 200 with <c>refused</c> and nothing else, and audited with
/// the asking account or key (<see cref="SinglingOutGuard"/>, P12).
/// </summary>
public static class SearchEndpoints
{
    /// <summary>Registers what <see cref="MapSearch"/> needs besides the index: the admission gate and its options.</summary>
    public static IServiceCollection AddSearchAdmission(this IServiceCollection services)
    {
        services.AddOptions<SearchAdmissionOptions>().BindConfiguration(SearchAdmissionOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchAdmissionOptions>, SearchAdmissionValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SearchAdmission>();
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var admission = app.ServiceProvider.GetRequiredService<SearchAdmission>();
        // Filters run in the order added (after the host's analyst policy): unknown parameters first (refused before
        // admission, so bad input gets its 400 whatever the load), then admission.
        app.MapGet("/api/search", SearchAsync).WithName("Search")
            .AcceptsOnly("q", "from", "to", "interval", "sort", "size", "cursor")
            .AddEndpointFilter(admission);
        return app;
    }

    private static async Task<IResult> SearchAsync(
        SinglingOutGuard search,
        HttpContext http,
        string? q,
        DateOnly? from,
        DateOnly? to,
        string? interval,
        string? sort,
        int? size,
        string? cursor,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Results.Problem(title: "Missing query", detail: "Pass the query as ?q=…", statusCode: StatusCodes.Status400BadRequest);
        }

        QueryNode query;
        try
        {
            query = QueryParser.Parse(q);
        }
        catch (QuerySyntaxException ex)
        {
            return Results.Problem(title: "Malformed query", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["position"] = ex.Position + 1, ["expected"] = ex.Expected });
        }
        catch (QueryRefusedException ex)
        {
            return Results.Problem(title: "Query refused", detail: ex.Reason, statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: ex.Position is { } at ? new Dictionary<string, object?> { ["position"] = at + 1 } : null);
        }

        if (!TryParse(interval, BucketInterval.Week, out BucketInterval bucket) || !TryParse(sort, SearchSort.Relevance, out SearchSort order))
        {
            return Results.Problem(title: "Bad parameter", detail: "interval is day|week|month; sort is relevance|newest.", statusCode: StatusCodes.Status400BadRequest);
        }

        var pageSize = size ?? 20;
        if (pageSize is < 0 or > SearchRequest.MaxSize)
        {
            return Results.Problem(title: "Bad parameter", detail: $"size must be 0..{SearchRequest.MaxSize}.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var asker = new SearchAsker($"api:{http.User.CallerId() ?? "anonymous"}", q);
            var result = await search.SearchAsync(new SearchRequest(query, order, pageSize, cursor, from, to, bucket), asker, cancellationToken);
            return Results.Ok(result);
        }
        catch (ArgumentException ex) when (ex.ParamName == "cursor")
        {
            return Results.Problem(title: "Bad cursor", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (QueryRefusedException ex)
        {
            // Over a limit only the matched posts reveal, e.g. a histogram with too many buckets.
            return Results.Problem(title: "Query refused", detail: ex.Reason, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (SearchIndexUnavailableException ex)
        {
            return Results.Problem(title: "Search index unavailable", detail: ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static bool TryParse<T>(string? value, T fallback, out T parsed)
        where T : struct, Enum
    {
        parsed = fallback;
        return value is null || (Enum.TryParse(value, ignoreCase: true, out parsed) && Enum.IsDefined(parsed));
    }
}

/// <summary>Enums as lower-case strings in the API's JSON, like the CLI's --json.</summary>
public static class SearchJson
{
    public static readonly JsonStringEnumConverter EnumConverter = new(System.Text.Json.JsonNamingPolicy.CamelCase);
}
