namespace Sermo.Analytics.Query;

/// <summary>A class's member generics (empty for a regimen or an open class) and the names it is written by.</summary>
internal sealed record DrugClassTerms(IReadOnlyList<string> Generics, IReadOnlyList<string> Names);
