using Microsoft.AspNetCore.Http;

namespace Sermo.Worker.Http;

/// <summary>The token of an <c>Authorization: Bearer …</c> header, shared by every endpoint that takes a key.</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer ";

    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }
}
