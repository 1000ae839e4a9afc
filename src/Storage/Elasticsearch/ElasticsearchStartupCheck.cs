using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// When Elasticsearch is the search index, a host does not start against a cluster it cannot use: unreachable,
/// credentials refused, too old or not Elasticsearch fail start with one line (the CLI exits 2). It also installs the
/// index template and the first monthly index. Verbs that do not start the host run the same checks on first use.
/// </summary>
public sealed class ElasticsearchStartupCheck(IOptions<SearchOptions> options, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Provider == "elasticsearch"
            ? services.GetRequiredService<ElasticsearchSearchIndex>().Cluster.EnsureWritableAsync(cancellationToken)
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
