namespace Sermo.Portal;

/// <summary>Where the portal's pages live; the forum has <c>/forum</c>, the APIs <c>/api</c>.</summary>
public static class PortalPaths
{
    public const string Root = "/portal";
    public const string SignIn = "/portal/signin";
    public const string SignOut = "/portal/signout";
    public const string Assets = "/portal/assets";
    public const string ApiDocs = "/portal/api-docs";
    public const string OpenApiDocument = "/openapi/v1.json";

    /// <summary>A browser page (sign-in redirect) rather than an API call (plain 401/403).</summary>
    public static bool IsPage(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/jobs", StringComparison.OrdinalIgnoreCase);
}
