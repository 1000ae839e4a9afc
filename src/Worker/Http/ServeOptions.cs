using System.ComponentModel.DataAnnotations;

namespace Sermo.Worker.Http;

/// <summary>The <c>Serve</c> section: what the HTTP API accepts besides its routes.</summary>
public sealed class ServeOptions : IValidatableObject
{
    public const string SectionName = "Serve";

    /// <summary>
    /// Host names (the Host header without its port) the API answers to. It listens on loopback only, but a web page a
    /// user opens can point a name it controls at 127.0.0.1 (DNS rebinding) and then read the answers as its own origin:
    /// only these names are served. Add a name here only for a reverse proxy that forwards it.
    /// </summary>
    public IList<string> AllowedHosts { get; set; } = [];

    /// <summary>The loopback names, used when <see cref="AllowedHosts"/> lists none.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public IReadOnlyList<string> EffectiveAllowedHosts => AllowedHosts.Count == 0 ? LoopbackHosts : AllowedHosts.ToArray();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var host in AllowedHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains('*', StringComparison.Ordinal) || host.Contains('/', StringComparison.Ordinal)
                || (host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[')))
            {
                yield return new ValidationResult(
                    $"Serve:AllowedHosts holds '{host}'; list host names without scheme, port or wildcard (e.g. sermo.internal).", [nameof(AllowedHosts)]);
            }
        }
    }
}
