namespace Sermo.Analytics.Tagging;

/// <summary>
/// A brand whose name is the first letters of its own generic ("Cipro", ciprofloxacin) is, typed in lower case,
/// the physician's shorthand for the generic ("cipro for a UTI"), as "amio" and "metop" are; typed with its capital it
/// is the brand. Every gold set annotates it that way (decision 092).
/// </summary>
internal static class BrandShorthand
{
    public static EntityType TypeOf(EntityDefinition definition, ReadOnlySpan<char> surface)
    {
        if (definition.Type != EntityType.Brand
            || surface.Length >= definition.CanonicalId.Length
            || definition.CanonicalId.Contains('/', StringComparison.Ordinal)
            || !IsLowerCaseWord(surface)
            || !definition.CanonicalId.AsSpan().StartsWith(surface, StringComparison.OrdinalIgnoreCase))
        {
            return definition.Type;
        }

        return EntityType.Generic;
    }

    private static bool IsLowerCaseWord(ReadOnlySpan<char> surface)
    {
        foreach (var c in surface)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return surface.Length > 0;
    }
}
