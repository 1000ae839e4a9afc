namespace Sermo.Worker.Hosting;

/// <summary>
/// Where <c>serve</c> listens and what it accepts besides its routes (<c>Serve</c>, checked by
/// <see cref="ServeOptionsValidation"/>). Loopback by default; any other address needs TLS (<c>Serve:CertificatePath</c>)
/// or <c>Serve:BehindProxy</c> (a proxy on this host or in <c>Serve:KnownProxies</c> terminates TLS and says so in
/// X-Forwarded-Proto), and the host names clients use in <c>Serve:AllowedHosts</c>.
/// </summary>
public sealed class ServeOptions
{
    public const string SectionName = "Serve";

    public string Address { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 5080;

    /// <summary>A PKCS#12 (.pfx) certificate file; set, Kestrel serves HTTPS only.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>A TLS-terminating reverse proxy forwards to this host: X-Forwarded-For/-Proto are read from known proxies only.</summary>
    public bool BehindProxy { get; set; }

    /// <summary>Addresses of the proxies whose X-Forwarded headers count (loopback always does).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Largest request body Kestrel takes (413 beyond); the push endpoint raises it to its own batch limit.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Host names (the Host header without its port) the host answers to. A web page a user opens can point a name it
    /// controls at this address (DNS rebinding) and then read the answers as its own origin: only these names are served.
    /// Empty means the loopback names, and is allowed only on a loopback address.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>The loopback names, used when <see cref="AllowedHosts"/> lists none.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public IReadOnlyList<string> EffectiveAllowedHosts => AllowedHosts.Length == 0 ? LoopbackHosts : AllowedHosts;

    public static string Key(string property) => $"{SectionName}:{property}";
}
