using Microsoft.AspNetCore.Html;

namespace Sermo.Portal.Clients;

/// <summary>
/// The client page's HTML that depends on one kept released map alone (its caption and table), rendered on the map's
/// first view and written as is by every later view of the same map. It lives and dies with the kept map: a replaced
/// map comes with an empty one, and it is never shared between clients or intervals (decision 059).
/// </summary>
public sealed class KeptMapHtml
{
    private IHtmlContent? _content;

    /// <summary>The rendered HTML, or null before the map's first view.</summary>
    public IHtmlContent? Content => Volatile.Read(ref _content);

    /// <summary>Keeps <paramref name="rendered"/> unless a view that raced this one kept its rendering of the same map first; returns the kept one.</summary>
    public IHtmlContent Keep(IHtmlContent rendered) => Interlocked.CompareExchange(ref _content, rendered, null) ?? rendered;
}
