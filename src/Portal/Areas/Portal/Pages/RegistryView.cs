using Sermo.Analytics.Learning;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>One registry as the models page lists it: versions newest first and the promoted one's name.</summary>
public sealed record RegistryView(string Task, IReadOnlyList<ModelVersion> Versions, string? Promoted)
{
    public static RegistryView Of(string task, ModelRegistry registry) => new(task, [.. registry.List().Reverse()], registry.Promoted());
}
