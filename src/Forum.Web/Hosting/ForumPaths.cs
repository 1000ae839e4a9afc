namespace Sermo.Forum.Web.Hosting;

/// <summary>The forum is mounted under <c>/forum</c>, so a later client or analyst portal can share the host.</summary>
public static class ForumPaths
{
    public const string Root = "/forum";
    public const string SignIn = "/forum/signin";
    public const string Access = "/forum/access";
    public const string Assets = "/forum/assets";
}
