using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Hosting;

/// <summary>The host a verb runs in: <see cref="SermoComposition.AddSermo"/> on a plain (non-web) host builder.</summary>
internal static class SermoHost
{
    /// <summary>The data folder's sentiment model registry (unless Sentiment:Registry says otherwise).</summary>
    public const string SentimentModelsFolder = "models";

    /// <summary>The data folder's aspect model registry (unless Aspects:Registry says otherwise).</summary>
    public const string AspectModelsFolder = "aspect-models";

    /// <param name="settings">Configuration that wins over appsettings and SERMO_ variables (tests, one-off runs).</param>
    /// <param name="jobs">Whether this host only runs the jobs its verb enqueues, or also the schedules.</param>
    /// <param name="ingestWorker">Whether starting the host starts the hosted ingest worker (a verb that only reports does not ingest).</param>
    public static IHost Build(
        DataFolder data, bool verbose, IReadOnlyDictionary<string, string?>? settings = null, JobHostRole jobs = JobHostRole.RunNow, bool ingestWorker = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.AddSermo(data, verbose, settings, jobs, ingestWorker);
        return Validated(builder.Build());
    }

    /// <summary>
    /// Settings are checked here rather than when the host starts, where a failure is logged with its stack trace: the
    /// verb reports it as one line naming the key (exit 2).
    /// </summary>
    public static THost Validated<THost>(THost host)
        where THost : IHost
    {
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }
}
