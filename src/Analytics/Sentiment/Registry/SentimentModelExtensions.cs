using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Sentiments;

public static class SentimentModelExtensions
{
    public const string RegistryKey = "Sentiment:Registry";
    public const string PollSecondsKey = "Sentiment:PollSeconds";

    /// <summary>
    /// Registers the registry's promoted model as <see cref="IPostSentimentClassifier"/>, polled every
    /// <c>Sentiment:PollSeconds</c> (default 5) so a promotion reaches a running Worker without a restart.
    /// </summary>
    public static IHostApplicationBuilder AddPromotedSentimentModel(this IHostApplicationBuilder builder, string defaultRegistry)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var registry = builder.Configuration[RegistryKey] is { Length: > 0 } configured ? configured : defaultRegistry;
        builder.Services.AddKeyedSingleton(PostSentimentModel.Task, new ModelRegistry(registry));
        builder.Services.AddSingleton(sp => new PromotedSentimentModel(
            sp.GetRequiredKeyedService<ModelRegistry>(PostSentimentModel.Task),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            TimeSpan.FromSeconds(PollSeconds(builder)),
            sp.GetService<ILogger<PromotedSentimentModel>>()));
        builder.Services.AddSingleton<IPostSentimentClassifier>(sp => sp.GetRequiredService<PromotedSentimentModel>());
        return builder;
    }

    internal static double PollSeconds(IHostApplicationBuilder builder) =>
        double.TryParse(builder.Configuration[PollSecondsKey], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 5;
}
