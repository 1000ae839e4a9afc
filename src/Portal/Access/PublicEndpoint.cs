namespace Sermo.Portal.Access;

/// <summary>
/// Endpoint metadata beside <c>AllowAnonymous()</c>: why this endpoint needs no portal account. The cross-tenant suite
/// fails on any endpoint that declares neither a policy nor this (or the forum's own pages and tokens).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicEndpoint(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
