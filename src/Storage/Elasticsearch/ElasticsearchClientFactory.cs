using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Sermo.Storage.Elasticsearch;

/// <summary>The one place the official client is configured, for the host and for tests alike.</summary>
public static class ElasticsearchClientFactory
{
    /// <param name="invoker">Null for real HTTP; tests pass Elastic.Transport's in-memory invoker.</param>
    public static ElasticsearchClient Create(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        var url = options.Url ?? throw new InvalidOperationException("Search:Elasticsearch:Url is not set.");
        var pool = new SingleNodePool(url);
        var settings = invoker is null ? new ElasticsearchClientSettings(pool) : new ElasticsearchClientSettings(pool, invoker);
        settings.RequestTimeout(options.RequestTimeout);
        if (options.ApiKey is { } apiKey)
        {
            settings.Authentication(new ApiKey(apiKey));
        }
        else if (options is { Username: { } user, Password: { } password })
        {
            settings.Authentication(new BasicAuthentication(user, password));
        }

        if (options.CertificateFingerprint is { } fingerprint)
        {
            settings.CertificateFingerprint(fingerprint);
        }

        return new ElasticsearchClient(settings);
    }
}
