using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics;

public static class AnalyticsExtensions
{
    /// <summary>Registers the clinical tagger over the embedded lexicons (built once: the automaton is immutable and thread-safe).</summary>
    public static IHostApplicationBuilder AddAnalytics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ITextTagger>(_ => ClinicalTagger.CreateDefault());
        return builder;
    }
}
