using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;

namespace Sermo.Reports;

public static class ReportsExtensions
{
    /// <summary>Registers the heat-map renderers, the outbox writer and the "Reports" options (OutboxPath required at start).</summary>
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReportOptions>()
            .BindConfiguration("Reports")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HeatMapCsvWriter>();
        builder.Services.AddSingleton<HeatMapSvgRenderer>();
        builder.Services.AddSingleton<IHeatMapFileRenderer>(sp => sp.GetRequiredService<HeatMapCsvWriter>());
        builder.Services.AddSingleton<IHeatMapFileRenderer>(sp => sp.GetRequiredService<HeatMapSvgRenderer>());
        builder.Services.AddSingleton<ReportWriter>();
        builder.Services.AddSingleton<ClientReportRunner>();
        return builder;
    }
}
