using Microsoft.Extensions.Configuration;
using Quartz;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Picks Quartz's job store from <c>Jobs:Store</c>: <c>ram</c> (the embedded default: schedules are rebuilt from the
/// client definitions at every start) or <c>postgres</c>, the ADO store on <c>Jobs:PostgresConnectionString</c>,
/// clustered, so several Worker hosts share the schedules and each firing runs on exactly one of them. Quartz creates
/// its qrtz_ tables if they are missing.
/// </summary>
internal static class JobStoreSelection
{
    public const string StoreKey = "Jobs:Store";
    public const string PostgresKey = "Jobs:PostgresConnectionString";
    public const string InstanceIdKey = "Jobs:InstanceId";

    /// <summary>Every node of a cluster must use the same scheduler name; it is the cluster's key in the qrtz_ tables.</summary>
    public const string SchedulerName = "sermo";

    public static void Apply(IQuartzBuilder quartz, IConfiguration configuration)
    {
        var store = configuration[StoreKey] ?? "ram";
        switch (store.ToLowerInvariant())
        {
            case "ram":
                quartz.UseInMemoryStore();
                break;
            case "postgres":
                var connectionString = configuration[PostgresKey];
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidDataException($"{StoreKey} is 'postgres' but {PostgresKey} is empty.");
                }

                var instanceId = configuration[InstanceIdKey];
                quartz.ConfigureScheduler(s =>
                {
                    s.InstanceName = SchedulerName;
                    if (!string.IsNullOrWhiteSpace(instanceId))
                    {
                        s.InstanceId = instanceId;
                    }
                });
                quartz.UsePersistentStore(p =>
                {
                    p.UsePostgres(connectionString);
                    p.UseSystemTextJsonSerializer();
                    p.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(10);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(30);
                    });
                    p.ProvisionSchema();
                });
                break;
            default:
                throw new InvalidDataException($"{StoreKey} is '{store}'; use 'ram' or 'postgres'.");
        }
    }
}
