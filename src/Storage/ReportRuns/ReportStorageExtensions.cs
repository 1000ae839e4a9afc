using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sermo.Storage.Excerpts;
using Sermo.Storage.Postgres.Excerpts;

namespace Sermo.Storage.ReportRuns;

public static class ReportStorageExtensions
{
    /// <summary>
    /// The stores reports read and write besides the cube, on the backend of <c>Storage:Provider</c>: excerpts, the run
    /// history with what each run quoted, since when each report is scheduled, client API keys, the client read audit, the adverse-event review queue and the MNPI guard's compliance log.
    /// </summary>
    public static IServiceCollection AddReportStores(this IServiceCollection services)
    {
        services.TryAddByProvider<IPostExcerpts, SqlitePostExcerpts, PostgresPostExcerpts>();
        services.TryAddSingleton<IReportRunLog, ReportRunLog>();
        services.TryAddSingleton<IReportSchedules, ReportSchedules>();
        services.TryAddSingleton<IClientReadAudit, ClientReadAudit>();
        services.TryAddSingleton<IClientApiKeys, ClientApiKeys>();
        services.TryAddSingleton<Safety.ISafetyQueue, Safety.SafetyQueue>();
        services.TryAddSingleton<Mnpi.TrialDisclosureHolds>();
        return services;
    }
}
