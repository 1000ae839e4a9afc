using Microsoft.Extensions.Logging;

namespace Sermo.Analytics.Learning;

/// <summary>
/// A registry's promoted model, kept current without a restart: a timer polls <c>PROMOTED</c> and, when it names
/// another version, loads it beside the old one and swaps the reference (readers see the old or the new model,
/// never a mix). A version that fails to load is logged and the previous model stays in use.
/// </summary>
public sealed class PromotedModel<T> : IDisposable
    where T : class
{
    private readonly ModelRegistry _registry;
    private readonly Func<ModelVersion, T> _load;
    private readonly ILogger _logger;
    private readonly string _what;
    private readonly ITimer? _timer;
    private readonly Lock _refreshLock = new();
    private Loaded? _current;
    private string? _failedName;

    /// <param name="what">What the model is, for log lines ("sentiment model").</param>
    public PromotedModel(ModelRegistry registry, Func<ModelVersion, T> load, TimeProvider time, TimeSpan pollInterval, ILogger logger, string what)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(time);
        _registry = registry;
        _load = load;
        _logger = logger;
        _what = what;
        Refresh();
        if (pollInterval > TimeSpan.Zero)
        {
            _timer = time.CreateTimer(_ => Refresh(), null, pollInterval, pollInterval);
        }
    }

    public ModelRegistry Registry => _registry;

    /// <summary>The loaded version's name, or null while none is promoted.</summary>
    public string? Version => Volatile.Read(ref _current)?.Name;

    public T? Model => Volatile.Read(ref _current)?.Model;

    /// <summary>Re-reads the pointer now; the timer calls this too. Returns true when the model changed.</summary>
    public bool Refresh()
    {
        lock (_refreshLock)
        {
            string? name;
            try
            {
                name = _registry.Promoted();
            }
            catch (IOException ex)
            {
                _logger.LogWarning(ex, "could not read {Pointer}; keeping {What} {Version}", _registry.PromotedPath, _what, Version);
                return false;
            }

            if (name is null || name == Version || name == _failedName)
            {
                return false;
            }

            try
            {
                var model = _load(_registry.Get(name));
                Volatile.Write(ref _current, new Loaded(name, model));
                _failedName = null;
                _logger.LogInformation("{What} {Version} loaded from {Registry}", _what, name, _registry.Root);
                return true;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or InvalidOperationException)
            {
                _failedName = name;
                _logger.LogError(ex, "promoted {What} {Version} failed to load; keeping {Current}", _what, name, Version ?? "none");
                return false;
            }
        }
    }

    public void Dispose() => _timer?.Dispose();

    private sealed record Loaded(string Name, T Model);
}
