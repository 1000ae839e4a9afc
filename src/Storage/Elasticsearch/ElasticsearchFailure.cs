using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// Turns what the client reports (a failed response, an exception from the bulk helper) into one line an operator
/// can act on: which cluster, what was attempted, what Elasticsearch said. Never a stack trace.
/// </summary>
public static class ElasticsearchFailure
{
    public static SearchIndexUnavailableException Unavailable(Uri? cluster, string action, ApiCallDetails? call, ElasticsearchServerError? serverError = null)
    {
        var at = cluster is null ? "Elasticsearch" : $"Elasticsearch at {cluster}";
        var status = call?.HttpStatusCode;
        var error = (serverError ?? call?.ProductError as ElasticsearchServerError)?.Error;
        var said = error is null ? "" : ": " + string.Join(": ", new[] { error.Type, error.Reason ?? error.CausedBy?.Reason }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(OneLine));
        var message = status switch
        {
            null or 0 => $"{at} is unreachable ({action}): {OneLine(Innermost(call?.OriginalException)?.Message ?? "no response")}",
            401 => $"{at} refused the credentials ({action}, 401){said}; set Search:Elasticsearch:ApiKey or Username and Password",
            403 => $"{at} denied {action} (403){said}; the credentials lack a privilege it needs",
            _ when error?.Type == "media_type_header_exception" =>
                $"{at} rejected the 9.x client's compatibility header ({action}){said}; Sermo needs Elasticsearch {ElasticsearchCluster.MinimumMajorVersion}.0 or later",
            _ => $"{at}: {action} failed with status {status}{(said.Length > 0 ? said : ": " + OneLine(call?.OriginalException?.Message ?? "no details"))}",
        };
        return new SearchIndexUnavailableException(message, call?.OriginalException ?? new InvalidOperationException(message));
    }

    public static SearchIndexUnavailableException Unavailable(Uri? cluster, string action, ElasticsearchResponse response) =>
        Unavailable(cluster, action, response.ApiCallDetails, response.ElasticsearchServerError);

    public static SearchIndexUnavailableException NotElasticsearch(Uri? cluster, UnsupportedProductException ex) =>
        new($"The server at {cluster} does not identify itself as Elasticsearch (no 'X-Elastic-Product: Elasticsearch' header); Sermo needs Elasticsearch {ElasticsearchCluster.MinimumMajorVersion}.x", ex);

    /// <summary>An item-level error of a bulk or delete-by-query response: type, reason and the cause's reason.</summary>
    public static string Describe(Elastic.Clients.Elasticsearch.ErrorCause? error) =>
        error is null ? "no reason given"
        : OneLine($"{error.Type}: {error.Reason}{(error.CausedBy is { } cause ? $" (caused by {cause.Type}: {cause.Reason})" : "")}");

    private static Exception? Innermost(Exception? exception)
    {
        while (exception?.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }

    private static string OneLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "no reason given" : string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
