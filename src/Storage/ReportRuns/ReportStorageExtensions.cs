using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sermo.Storage.Excerpts;

namespace Sermo.Storage.ReportRuns;

public static class ReportStorageExtensions
{
    /// <summary>The stores reports read and write besides the cube: excerpts and the run history (SQLite).</summary>
    public static IServiceCollection AddReportStores(this IServiceCollection services)
    {
        services.TryAddSingleton<IPostExcerpts, SqlitePostExcerpts>();
        services.TryAddSingleton<IReportRunLog, SqliteReportRunLog>();
        return services;
    }
}
