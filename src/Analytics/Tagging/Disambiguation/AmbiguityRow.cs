namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>The ML.NET row of the disambiguation model (public with setters because ML.NET binds it by reflection).</summary>
public sealed class AmbiguityRow
{
    public string Features { get; set; } = string.Empty;

    public bool Label { get; set; }
}
