using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Forum.Members;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Feed;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web;

public static class ForumWebExtensions
{
    /// <summary>The forum's pages and feed endpoint: the forum engine, Razor Pages, cookie sign-in, antiforgery and rate limits.</summary>
    public static IHostApplicationBuilder AddForumWeb(this IHostApplicationBuilder builder)
    {
        builder.AddForum();
        builder.Services.AddOptions<ForumWebOptions>()
            .BindConfiguration(ForumWebOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<FeedEndpointOptions>().BindConfiguration(FeedEndpointOptions.SectionName);

        builder.Services.AddRazorPages(o => o.Conventions.AddAreaFolderApplicationModelConvention("Forum", "/", page => page.Filters.Add(new UnknownHandlerFilter())))
            .AddApplicationPart(typeof(ForumWebExtensions).Assembly);
        builder.Services.AddAuthentication().AddCookie(ForumAuth.Scheme, ForumAuth.ConfigureCookie);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ForumAuth.AccountPolicy, p => p.AddAuthenticationSchemes(ForumAuth.Scheme).RequireAuthenticatedUser())
            .AddPolicy(ForumAuth.MemberPolicy, p => p.AddAuthenticationSchemes(ForumAuth.Scheme).RequireClaim(ForumAuth.VerifiedClaim, "true"))
            .AddPolicy(ForumAuth.ModeratorPolicy, p => p.AddAuthenticationSchemes(ForumAuth.Scheme).RequireClaim(ForumAuth.VerifiedClaim, "true")
                .RequireRole(ForumRoles.Moderator, ForumRoles.Admin))
            .AddPolicy(ForumAuth.AdminPolicy, p => p.AddAuthenticationSchemes(ForumAuth.Scheme).RequireClaim(ForumAuth.VerifiedClaim, "true")
                .RequireRole(ForumRoles.Admin));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sermo.forum.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddRateLimiter(ForumRateLimits.Configure);
        builder.Services.AddDataProtection().SetApplicationName("Sermo");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<ForumWebOptions>, ILoggerFactory>((keys, web, logs) =>
        {
            if (web.Value.KeysFolder is { } folder)
            {
                keys.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(folder), logs);
            }
        });
        return builder;
    }

    /// <summary>
    /// Maps the forum under /forum and its feed under /api/forum/feed, with the forum's security headers. The host adds
    /// the rate limiter (<c>UseRateLimiter</c>) once for every feature it composes; the forum's policies need it.
    /// </summary>
    public static WebApplication MapForum(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(ForumPaths.Root, StringComparison.OrdinalIgnoreCase))
            {
                ForumSecurityHeaders.Apply(http);
            }

            return next(http);
        });
        app.MapForumAssets();
        app.MapRazorPages();
        app.MapForumFeed();
        return app;
    }
}
