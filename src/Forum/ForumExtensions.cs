using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Forum.Conversation;
using Sermo.Forum.Engine;
using Sermo.Forum.Feed;
using Sermo.Forum.Members;
using Sermo.Forum.Moderation;
using Sermo.Forum.Polls;
using Sermo.Forum.Storage;

namespace Sermo.Forum;

public static class ForumExtensions
{
    /// <summary>The forum engine on the backend <c>Forum:Provider</c> picks. Safe to call twice (the web pages call it too).</summary>
    public static IHostApplicationBuilder AddForum(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(s => s.ServiceType == typeof(ForumDatabase)))
        {
            return builder;
        }

        builder.Services.AddOptions<ForumOptions>()
            .BindConfiguration(ForumOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.Provider ??= configuration.GetSection("Storage").GetValue<string>("Provider");
                options.PostgresConnectionString ??= configuration.GetSection("Storage").GetValue<string>("PostgresConnectionString");
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ForumDatabase>(services =>
        {
            var options = services.GetRequiredService<IOptions<ForumOptions>>().Value;
            return options.UsesPostgres
                ? new PostgresForumDatabase(options.PostgresConnectionString!)
                : new SqliteForumDatabase(options.ConnectionString);
        });
        builder.Services.AddSingleton<ForumEngine>();
        builder.Services.AddSingleton<ForumChangeFeed>();
        builder.Services.AddSingleton<IForumChangeFeed>(services => services.GetRequiredService<ForumChangeFeed>());
        builder.Services.AddSingleton<MemberRegistration>();
        builder.Services.AddSingleton<MemberSignIn>();
        builder.Services.AddSingleton<MemberDirectory>();
        builder.Services.AddSingleton<MemberSettings>();
        builder.Services.AddSingleton<ThreadReader>();
        builder.Services.AddSingleton<Posting>();
        builder.Services.AddSingleton<Voting>();
        builder.Services.AddSingleton<PollBallot>();
        builder.Services.AddSingleton<ModerationQueue>();
        return builder;
    }
}
