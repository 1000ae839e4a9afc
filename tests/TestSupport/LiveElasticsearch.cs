using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Sermo.Storage.Elasticsearch;

namespace Sermo.TestSupport;

/// <summary>
/// The cluster at SERMO_TEST_ELASTICSEARCH, for the live search contract and the search bench (none can run on these
/// machines). The URL may carry the user and password: <c>http://elastic:secret@localhost:9200</c>.
/// </summary>
public static class LiveElasticsearch
{
    public const string EnvironmentVariable = "SERMO_TEST_ELASTICSEARCH";

    public static string? Url => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } url ? url : null;

    /// <summary>Options for the cluster with its own alias (and so its own template and monthly indices), no replicas.</summary>
    public static ElasticsearchOptions Options(string url, string alias)
    {
        var uri = new Uri(url);
        var credentials = uri.UserInfo.Split(':', 2);
        return new ElasticsearchOptions
        {
            Url = new UriBuilder(uri) { UserName = "", Password = "" }.Uri,
            Username = credentials.Length == 2 ? Uri.UnescapeDataString(credentials[0]) : null,
            Password = credentials.Length == 2 ? Uri.UnescapeDataString(credentials[1]) : null,
            Alias = alias,
            Replicas = 0,
        };
    }

    /// <summary>
    /// Deletes every index behind the alias, then the template. Concrete names only: clusters refuse wildcard deletes
    /// by default (action.destructive_requires_name).
    /// </summary>
    public static async Task DropAsync(ElasticsearchClient client, string alias)
    {
        var aliases = await client.Indices.GetAliasAsync(new GetAliasRequest(Names.Parse(alias)));
        foreach (var index in aliases.IsValidResponse ? aliases.Aliases?.Keys ?? [] : [])
        {
            await client.Indices.DeleteAsync(index);
        }

        await client.Indices.DeleteIndexTemplateAsync(alias);
    }
}
