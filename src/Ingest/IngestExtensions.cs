using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Forum.Feed;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.DeadLetters;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Push;
using Sermo.Ingest.Retention;
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
        builder.Services.AddOptions<ForumFeedOptions>()
            .BindConfiguration(ForumFeedOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHttpClient(ForumFeedOptions.SectionName);
        // The forum's feed in-process, or over HTTP from a forum deployed apart (Ingest:ForumFeed:Url).
        builder.Services.AddSingleton(services =>
        {
            var feed = services.GetRequiredService<IOptions<ForumFeedOptions>>().Value;
            if (feed.Url is null)
            {
                return new ForumFeedSource(services.GetRequiredService<IForumChangeFeed>());
            }

            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(ForumFeedOptions.SectionName);
            http.BaseAddress = feed.Url;
            return new ForumFeedSource(new ForumFeedHttpClient(http, feed.Token!));
        });
        builder.Services.AddSingleton<IngestSources>();
        builder.Services.AddSingleton<SourceLeaseKeeper>();
        builder.Services.AddSingleton<LeasedSourceIngest>();
        builder.Services.AddSingleton<IngestCycle>();
        builder.Services.AddSingleton<DeadLetterReplay>();
        builder.Services.AddHostedService<IngestWorker>();
        builder.Services.AddSingleton<RawFileRetention>();
        builder.Services.AddHostedService<RawRetentionWorker>();
        return builder;
    }
}
