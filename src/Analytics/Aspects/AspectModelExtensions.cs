using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Aspects;

public static class AspectModelExtensions
{
    public const string RegistryKey = "Aspects:Registry";

    /// <summary>
    /// Registers the aspect registry's promoted model (<c>Aspects:Registry</c>, else <paramref name="defaultRegistry"/>),
    /// polled like the sentiment model (<c>Sentiment:PollSeconds</c>).
    /// </summary>
    public static IHostApplicationBuilder AddPromotedAspectModel(this IHostApplicationBuilder builder, string defaultRegistry)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var registry = builder.Configuration[RegistryKey] is { Length: > 0 } configured ? configured : defaultRegistry;
        builder.Services.AddKeyedSingleton(AspectModel.Task, new ModelRegistry(registry));
        builder.Services.AddSingleton(sp => new PromotedAspectModel(
            sp.GetRequiredKeyedService<ModelRegistry>(AspectModel.Task),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            TimeSpan.FromSeconds(SentimentModelExtensions.PollSeconds(builder)),
            sp.GetService<ILogger<PromotedAspectModel>>()));
        builder.Services.AddSingleton<IMentionAspectAnnotator>(sp => sp.GetRequiredService<PromotedAspectModel>());
        return builder;
    }
}
