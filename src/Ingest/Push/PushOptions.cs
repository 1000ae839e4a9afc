using System.ComponentModel.DataAnnotations;

namespace Sermo.Ingest.Push;

/// <summary>The HTTP push source (<c>Ingest:Push</c>): partners post batches of drop-format lines.</summary>
public sealed class PushOptions
{
    public const string SectionName = "Ingest:Push";

    /// <summary>Bearer token a pusher must present; empty turns the push endpoint off.</summary>
    public string? Token { get; set; }

    /// <summary>Largest accepted request body, in bytes.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBatchBytes { get; set; } = 32L * 1024 * 1024;
}
