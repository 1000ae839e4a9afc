using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.DeadLetters;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Push;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest;

public static class IngestExtensions
{
    /// <summary>Registers the pipeline, its sources and the hosted worker (which runs only when the host is started).</summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<PushOptions>()
            .BindConfiguration(PushOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PushSpool>();
        builder.Services.AddSingleton<PhiScrubber>();
        builder.Services.AddSingleton<PostEnricher>();
        builder.Services.AddSingleton<IngestPipeline>();
        builder.Services.AddSingleton<ForumFeedSource>();
        builder.Services.AddSingleton<IngestSources>();
        builder.Services.AddSingleton<IngestCycle>();
        builder.Services.AddSingleton<DeadLetterReplay>();
        builder.Services.AddHostedService<IngestWorker>();
        return builder;
    }
}
