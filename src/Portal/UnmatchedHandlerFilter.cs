using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sermo.Portal;

/// <summary>
/// A request for a portal page's handler that the page does not have (<c>?handler=nope</c>, or a POST to a page
/// without that form) is a 404. Razor Pages would otherwise render the page without running any handler, so a page
/// whose view needs what its handler loads threw (fuzz seed 20261203: a 500 on the alerts page).
/// </summary>
internal sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var asked = (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) || request.Query.ContainsKey("handler");
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0 && asked)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
