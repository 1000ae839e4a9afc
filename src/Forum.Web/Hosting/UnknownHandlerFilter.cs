using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sermo.Forum.Web.Hosting;

/// <summary>
/// A forum page asked for a handler it has not (<c>?handler=nope</c>, or a POST to a page with no such form) answers
/// 404. Razor Pages would render the page with no handler run, and the thread and settings views need what their
/// handlers load: a 500 (fuzz seed 20261204). The portal has its own filter for the same reason; the forum references
/// nothing of the portal.
/// </summary>
internal sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        // A GET with an unknown handler falls back to OnGet, which loads the page; only other methods, or a handler
        // named outright, can end with none.
        var named = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Query.ContainsKey("handler");
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0 && named)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
