namespace Sermo.Portal.Access;

/// <summary>An account or key request the portal refuses (unknown role, duplicate e-mail, short password …); the message says which.</summary>
public sealed class PortalAccountException(string message) : Exception(message);
