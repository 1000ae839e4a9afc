using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;

namespace Sermo.Portal.ApiDocs;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: every operation's description opens with the access it declares.</summary>
internal static class PortalOpenApi
{
    public const string Anonymous = "anonymous";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sermo API";
            document.Info.Description = "Client reports, analyst search, operators' health. Machines send Authorization: Bearer <portal API key>.";
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var access = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null)
                ?? (metadata.OfType<IAllowAnonymous>().Any() ? Anonymous : "undeclared");
            operation.Description = $"Access: {access}." + (operation.Description is { Length: > 0 } more ? " " + more : "");
            return Task.CompletedTask;
        });
    }
}
