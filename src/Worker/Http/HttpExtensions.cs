using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Sermo.Worker.Http;

public static class HttpExtensions
{
    /// <summary>Settings of the HTTP API the <c>serve</c> verb maps (the analyst key).</summary>
    public static IHostApplicationBuilder AddWorkerHttp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AnalystAccessOptions>()
            .BindConfiguration(AnalystAccessOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}
