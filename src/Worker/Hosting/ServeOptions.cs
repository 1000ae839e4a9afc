namespace Sermo.Worker.Hosting;

/// <summary>
/// Where <c>serve</c> listens (<c>Serve</c>). Loopback by default; any other address needs TLS
/// (<c>Serve:Certificate:Path</c>) or <c>Serve:BehindProxy</c> (a proxy on this host or in <c>Serve:KnownProxies</c>
/// terminates TLS and says so in X-Forwarded-Proto).
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

    public static string Key(string property) => $"{SectionName}:{property}";
}
