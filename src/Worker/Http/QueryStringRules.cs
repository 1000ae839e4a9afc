using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sermo.Worker.Http;

/// <summary>
/// An endpoint's query string holds only the parameters it documents, each at most once. Otherwise a repeated one is
/// silently joined (<c>q=a&amp;q=b</c> became the phrase "a b") and a misspelt one is silently ignored.
/// </summary>
public static class QueryStringRules
{
    public static TBuilder AcceptsOnly<TBuilder>(this TBuilder endpoint, params string[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
            Refusal(context.HttpContext.Request.Query, parameters) is { } refused ? refused : await next(context));

    /// <summary>The problem to answer with, or null when the query string follows the rules.</summary>
    public static IResult? Refusal(IQueryCollection query, IReadOnlyCollection<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (name, values) in query)
        {
            if (!parameters.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return Results.Problem(title: "Unknown parameter",
                    detail: parameters.Count == 0 ? $"'{name}': this endpoint takes no query parameters."
                        : $"'{name}' is not a parameter of this endpoint; it takes {string.Join(", ", parameters)}.",
                    statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["parameter"] = name });
            }

            if (values.Count > 1)
            {
                return Results.Problem(title: "Repeated parameter", detail: $"'{name}' is given {values.Count} times; give it once.",
                    statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["parameter"] = name });
            }
        }

        return null;
    }
}
