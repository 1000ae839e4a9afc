namespace Sermo.Storage.Search;

/// <summary>Who ran an ad-hoc search and the query as they typed it, for the refusal audit (docs/privacy.md, P12).</summary>
/// <param name="Who">Who searched: <c>api:&lt;portal key or account id&gt;</c> or <c>cli:&lt;user&gt;</c>.</param>
public sealed record SearchAsker(string Who, string QueryText);
