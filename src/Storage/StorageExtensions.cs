using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Emerging;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Operations;
using Sermo.Storage.Portal;
using Sermo.Storage.Postgres;
using Sermo.Storage.Postgres.Cube;
using Sermo.Storage.Postgres.Ingestion;
using Sermo.Storage.Retagging;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage;

public static class StorageExtensions
{
    /// <summary>The post store, cube, clients, leases and re-tag store on the backend <c>Storage:Provider</c> picks, and the search index.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddByProvider<StoreDatabase, SqliteDatabase, PostgresStoreDatabase>();
        builder.Services.TryAddByProvider<IIngestStore, SqliteIngestStore, PostgresIngestStore>();
        builder.Services.AddSingleton<IDeadLetterStore, DeadLetterStore>();
        builder.Services.AddSingleton<ISearchBacklog, SearchBacklog>();
        builder.Services.AddSingleton<ISourceLeases, SourceLeases>();
        builder.Services.TryAddByProvider<IHeatMapCube, SqliteHeatMapCube, PostgresHeatMapCube>();
        builder.Services.AddSingleton<IngestStatusReader>();
        builder.Services.AddSingleton<IClientRegistry, ClientRegistry>();
        builder.Services.AddSingleton<IPostSentimentStore, PostSentimentStore>();
        builder.Services.AddSingleton<LabelExport>();
        builder.Services.AddSingleton<IEmergingPostReader, EmergingPostReader>();
        builder.Services.AddSingleton<IWatchlistPromotions, WatchlistPromotions>();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SearchOptions>, SearchStoreValidation>();
        builder.Services.AddSingleton<ISearchRefusals, SearchRefusals>();
        builder.Services.AddSingleton<SinglingOutGuard>();
        builder.Services.AddSingleton<PortalAccountTable>();
        builder.Services.AddSingleton<PortalApiKeyTable>();
        builder.Services.AddSingleton<AccessRefusalTable>();
        builder.Services.AddSingleton<AlertSubscriptionTable>();
        builder.Services.AddSingleton<AlertLogTable>();
        builder.AddSearch();
        return builder;
    }

    /// <summary>The search index chosen by <c>Search:Provider</c> (sqlite | postgres | elasticsearch), validated on start.</summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SqliteSearchIndex>();
        builder.Services.AddSingleton<PostgresSearchIndex>();
        builder.Services.AddSingleton(services => new ElasticsearchSearchIndex(
            ElasticsearchClientFactory.Create(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value.Elasticsearch),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>(),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ElasticsearchStartupCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ElasticsearchStartupCheck>());
        builder.Services.AddSingleton<ISearchIndex>(services =>
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value.Provider switch
            {
                "postgres" => services.GetRequiredService<PostgresSearchIndex>(),
                "elasticsearch" => services.GetRequiredService<ElasticsearchSearchIndex>(),
                _ => services.GetRequiredService<SqliteSearchIndex>(),
            });
        return builder;
    }
}
