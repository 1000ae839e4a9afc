using System.Net;
using Microsoft.Extensions.Options;

namespace Sermo.Worker.Hosting;

/// <summary>
/// Refuses to serve plain HTTP beyond this machine (a non-loopback address needs TLS or an explicit proxy) or to answer
/// host names nobody listed (beyond loopback, <c>Serve:AllowedHosts</c> must name them).
/// </summary>
internal sealed class ServeOptionsValidation : IValidateOptions<ServeOptions>
{
    public ValidateOptionsResult Validate(string? name, ServeOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(ServeOptions o)
    {
        if (!IPAddress.TryParse(o.Address, out var address))
        {
            yield return $"{ServeOptions.Key(nameof(o.Address))} is '{o.Address}'; use an IP address such as 127.0.0.1 or 0.0.0.0";
        }
        else if (!IPAddress.IsLoopback(address))
        {
            if (string.IsNullOrWhiteSpace(o.CertificatePath) && !o.BehindProxy)
            {
                yield return $"{ServeOptions.Key(nameof(o.Address))} is {o.Address}, beyond this machine: set {ServeOptions.Key(nameof(o.CertificatePath))} (TLS) " +
                    $"or {ServeOptions.Key(nameof(o.BehindProxy))}=true (--behind-proxy) when a TLS proxy forwards to it";
            }

            if (o.AllowedHosts.Length == 0)
            {
                yield return $"{ServeOptions.Key(nameof(o.Address))} is {o.Address}, beyond this machine: list the host names clients use in " +
                    $"{ServeOptions.Key(nameof(o.AllowedHosts))} (only loopback names are answered otherwise)";
            }
        }

        foreach (var host in o.AllowedHosts.Where(h => !IsHostName(h)))
        {
            yield return $"{ServeOptions.Key(nameof(o.AllowedHosts))} holds '{host}'; list host names without scheme, port or wildcard (e.g. sermo.internal)";
        }

        if (o.Port is < 0 or > 65535)
        {
            yield return $"{ServeOptions.Key(nameof(o.Port))} is {o.Port}; use 0 to 65535";
        }

        if (!string.IsNullOrWhiteSpace(o.CertificatePath) && !File.Exists(o.CertificatePath))
        {
            yield return $"{ServeOptions.Key(nameof(o.CertificatePath))} '{o.CertificatePath}' does not exist";
        }

        if (o.MaxRequestBodyBytes is < 1024 or > 1L << 30)
        {
            yield return $"{ServeOptions.Key(nameof(o.MaxRequestBodyBytes))} is {o.MaxRequestBodyBytes}; use 1024 to 1073741824";
        }

        foreach (var proxy in o.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"{ServeOptions.Key(nameof(o.KnownProxies))} holds '{proxy}', which is not an IP address";
        }
    }

    private static bool IsHostName(string host) =>
        !string.IsNullOrWhiteSpace(host) && !host.Contains('*', StringComparison.Ordinal) && !host.Contains('/', StringComparison.Ordinal)
        && (!host.Contains(':', StringComparison.Ordinal) || host.StartsWith('['));
}
