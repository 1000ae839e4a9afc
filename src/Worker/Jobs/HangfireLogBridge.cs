using Microsoft.Extensions.Logging;
using HangfireLog = Hangfire.Logging;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider, and its classes keep their loggers in static fields. Hosts come
/// and go within one process (tests run several, each with its own logger factory), so this provider forwards each
/// message to the newest live host's factory and never to a disposed one (which made a worker drop the job it had just
/// fetched). A host attaches its factory while its services live (<see cref="Attachment"/>). Each line's report keys
/// are redacted on the way (<see cref="HangfireJobKeyText"/>).
/// </summary>
internal sealed class HangfireLogBridge : HangfireLog.ILogProvider
{
    public static readonly HangfireLogBridge Instance = new();

    private static readonly Lock Gate = new();
    private static readonly List<ILoggerFactory> Live = [];

    private HangfireLogBridge()
    {
    }

    public HangfireLog.ILog GetLogger(string name) => new ForwardingLog(name);

    private static ILoggerFactory? Current()
    {
        lock (Gate)
        {
            return Live.Count == 0 ? null : Live[^1];
        }
    }

    /// <summary>A host's logger factory, attached for as long as the host's services live.</summary>
    public sealed class Attachment : IDisposable
    {
        private readonly ILoggerFactory _factory;

        public Attachment(ILoggerFactory factory)
        {
            _factory = factory;
            lock (Gate)
            {
                Live.Add(factory);
            }
        }

        public void Dispose()
        {
            lock (Gate)
            {
                Live.Remove(_factory);
            }
        }
    }

    private sealed class ForwardingLog(string name) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (Current() is not { } factory)
            {
                return false;
            }

            var level = logLevel switch
            {
                HangfireLog.LogLevel.Trace => LogLevel.Trace,
                HangfireLog.LogLevel.Debug => LogLevel.Debug,
                HangfireLog.LogLevel.Info => LogLevel.Information,
                HangfireLog.LogLevel.Warn => LogLevel.Warning,
                HangfireLog.LogLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            try
            {
                var logger = factory.CreateLogger(name);
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                if (logger.IsEnabled(level))
                {
#pragma warning disable CA2254 // Hangfire hands over finished text, not a template.
                    logger.Log(level, HangfireJobKeyText.Redact(exception), HangfireJobKeyText.Redact(messageFunc()));
#pragma warning restore CA2254
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false; // the host shut down between the lookup and the write: there is nowhere to log to
            }
        }
    }
}
