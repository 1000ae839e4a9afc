namespace Sermo.Analytics.Tagging;

/// <summary>The names entity types go by in JSON (the <c>tag</c> verb, gold files, evaluation) and which types are drugs.</summary>
public static class EntityTypeLabels
{
    public static string Label(this EntityType type) => type switch
    {
        EntityType.Brand => "brand",
        EntityType.Generic => "generic",
        EntityType.Device => "device",
        EntityType.Disease => "disease",
        EntityType.AdverseEvent => "adverse-event",
        EntityType.DrugClass => "drug-class",
        EntityType.Regimen => "regimen",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>A product a patient takes: a brand, a generic, a drug class or a regimen (adverse events pair with these).</summary>
    public static bool IsDrug(this EntityType type) => type is EntityType.Brand or EntityType.Generic or EntityType.DrugClass or EntityType.Regimen;
}
