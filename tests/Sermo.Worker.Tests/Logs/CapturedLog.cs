using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sermo.Worker.Tests.Logs;

/// <summary>
/// Every line a host logs, as a console would print it (level, category, message, the exception's full text), kept in
/// memory as it is written: unlike the console logger, nothing is queued, so a test reads all of it at once.
/// </summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public string Text => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Writer(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Writer(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
    }
}
