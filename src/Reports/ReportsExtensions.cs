using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.Emerging;
using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging;
using Sermo.Reports.Charts;
using Sermo.Reports.Chromium;
using Sermo.Reports.Delivery;
using Sermo.Reports.Emerging;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Reports.Rerendering;
using Sermo.Reports.Schedules;
using Sermo.Reports.Xlsx;
using Sermo.Storage.ReportRuns;

namespace Sermo.Reports;

public static class ReportsExtensions
{
    /// <summary>
    /// Registers the renderers (CSV, XLSX, HTML, PDF, and the charts as PNG and SVG files), the outbox writer, the runner
    /// with its stores (excerpts, run history), the re-renderer of stale past reports, the client report reader, the
    /// "Reports" options (OutboxPath required at start) and the clients' release noise keys ("Release:NoiseSecret"
    /// required at start: every heat map a client sees is released through them, decision 013).
    /// </summary>
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReportOptions>()
            .BindConfiguration("Reports")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<ReleaseOptions>()
            .BindConfiguration(ReleaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReleaseNoiseKeys>();
        // Failure text about a report, made fit for logs and the job store (decision 115).
        builder.Services.TryAddSingleton<ReportLogText>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddReportStores();
        builder.Services.AddSingleton<HeatMapCsvWriter>();
        builder.Services.AddSingleton<HeatMapXlsxWriter>();
        builder.Services.AddSingleton(_ => new ReportCharts());
        builder.Services.AddSingleton<ReportHtmlRenderer>();
        builder.Services.AddSingleton<ChromiumBrowser>();
        builder.Services.AddSingleton<ReportPdfRenderer>();
        builder.Services.AddSingleton<IReportFileRenderer>(sp => sp.GetRequiredService<HeatMapCsvWriter>());
        builder.Services.AddSingleton<IReportFileRenderer>(sp => sp.GetRequiredService<HeatMapXlsxWriter>());
        builder.Services.AddSingleton<IReportFileRenderer>(sp => sp.GetRequiredService<ReportHtmlRenderer>());
        builder.Services.AddSingleton<IReportFileRenderer>(sp => sp.GetRequiredService<ReportPdfRenderer>());
        // heatmap.png and heatmap.svg (formats png, svg), then each other chart's files (trends.png, trends.svg …).
        foreach (var chart in ReportChartIds.Optional.Prepend(ReportChartIds.HeatMap))
        {
            foreach (var image in ReportFormats.Images)
            {
                builder.Services.AddSingleton<IReportFileRenderer>(sp => new ChartFileRenderer(sp.GetRequiredService<ReportCharts>(), chart, image));
            }
        }

        builder.Services.AddOptions<EmergingTopicSettings>()
            .BindConfiguration(EmergingTopicSettings.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<ITextTagger>(_ => ClinicalTagger.CreateDefault());
        builder.Services.AddSingleton(_ => EmergingPhraseChunker.LoadEmbedded());
        builder.Services.AddSingleton(sp => TherapeuticAreas.LoadEmbedded(ClinicalLexicon.LoadEmbedded(), sp.GetRequiredService<ITextTagger>()));
        builder.Services.AddSingleton<EmergingTopicFinder>();

        builder.Services.AddSingleton<ReportWriter>();
        builder.Services.AddSingleton<ClientReportRunner>();
        builder.Services.AddSingleton<ReportRerenderer>();
        builder.Services.AddSingleton<ClientReportReader>();
        return builder;
    }
}
