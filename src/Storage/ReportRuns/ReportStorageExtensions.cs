using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sermo.Storage.Excerpts;

namespace Sermo.Storage.ReportRuns;

public static class ReportStorageExtensions
{
    /// <summary>The stores reports read and write besides the cube: excerpts, the run history with what each run quoted, since when each report is scheduled, client API keys and the client read audit (SQLite).</summary>
    public static IServiceCollection AddReportStores(this IServiceCollection services)
    {
        services.TryAddSingleton<IPostExcerpts, SqlitePostExcerpts>();
        services.TryAddSingleton<IReportRunLog, SqliteReportRunLog>();
        services.TryAddSingleton<IReportSchedules, SqliteReportSchedules>();
        services.TryAddSingleton<IClientReadAudit, SqliteClientReadAudit>();
        services.TryAddSingleton<IClientApiKeys, SqliteClientApiKeys>();
        return services;
    }
}
