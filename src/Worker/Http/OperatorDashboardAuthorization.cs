using Hangfire.Dashboard;

namespace Sermo.Worker.Http;

/// <summary>Lets only operators into Hangfire's dashboard; everyone else gets 401 with a sign-in challenge.</summary>
internal sealed class OperatorDashboardAuthorization(OperatorAccess access) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (access.IsOperator(http.Request))
        {
            return true;
        }

        OperatorAccess.Challenge(http.Response);
        return false;
    }
}
