using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;

namespace Sermo.Analytics.Disclosure;

/// <summary>Each client's <see cref="ReleaseNoise"/>, derived from <see cref="ReleaseOptions.NoiseSecret"/> and the client id.</summary>
public sealed class ReleaseNoiseKeys(IOptions<ReleaseOptions> options)
{
    private readonly ConcurrentDictionary<string, ReleaseNoise> _byClient = new(StringComparer.Ordinal);

    public ReleaseNoise For(string clientId)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        return _byClient.GetOrAdd(clientId, id => ReleaseNoise.ForClient(Encoding.UTF8.GetBytes(options.Value.NoiseSecret), id));
    }
}
