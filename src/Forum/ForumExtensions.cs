using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Sermo.Forum.Engine;
using Sermo.Forum.Feed;

namespace Sermo.Forum;

public static class ForumExtensions
{
    public static IHostApplicationBuilder AddForum(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForumOptions>()
            .BindConfiguration(ForumOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ForumDatabase>();
        builder.Services.AddSingleton<ForumEngine>();
        builder.Services.AddSingleton<ForumChangeFeed>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
