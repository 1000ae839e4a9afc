using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Sermo.Storage;

/// <summary>Registers a store whose implementation depends on <c>Storage:Provider</c>.</summary>
internal static class StorageProviders
{
    /// <summary>
    /// Both implementations are registered, and <typeparamref name="TService"/> resolves to the one the provider names;
    /// the other is never constructed (PostgreSQL's needs a connection string SQLite hosts do not have).
    /// </summary>
    public static IServiceCollection TryAddByProvider<TService, TSqlite, TPostgres>(this IServiceCollection services)
        where TService : class
        where TSqlite : class, TService
        where TPostgres : class, TService
    {
        services.TryAddSingleton<TSqlite>();
        services.TryAddSingleton<TPostgres>();
        services.TryAddSingleton<TService>(sp => IsPostgres(sp) ? sp.GetRequiredService<TPostgres>() : sp.GetRequiredService<TSqlite>());
        return services;
    }

    private static bool IsPostgres(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgres;
}
