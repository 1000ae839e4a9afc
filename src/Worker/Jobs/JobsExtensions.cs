using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Sermo.Worker.Jobs;

public static class JobsExtensions
{
    /// <summary>Quartz with the job store Jobs:Store picks (RAM by default, clustered PostgreSQL), the rollup schedule and the client report schedules.</summary>
    public static IHostApplicationBuilder AddWorkerJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobOptions>()
            .BindConfiguration(JobOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.RollupCron, out _), "Jobs:RollupCron is not a valid Quartz cron expression.")
            .ValidateOnStart();

        var rollupCron = builder.Configuration[$"{JobOptions.SectionName}:{nameof(JobOptions.RollupCron)}"] ?? new JobOptions().RollupCron;
        builder.Services.AddSingleton<JobRuns>();
        builder.Services.AddSingleton<Storage.Retagging.IPostSentimentStore, Storage.Retagging.SqlitePostSentimentStore>();
        builder.Services.AddQuartz(q =>
        {
            JobStoreSelection.Apply(q, builder.Configuration);
            q.AddJob<CubeRollupJob>(j => j.WithIdentity(CubeRollupJob.Key).StoreDurably());
            q.AddJob<RetagJob>(j => j.WithIdentity(RetagJob.Key).StoreDurably());
            q.AddJob<ClientReportRerenderJob>(j => j.WithIdentity(ClientReportRerenderJob.Key).StoreDurably());
            if (CronExpression.TryParse(rollupCron, out _))
            {
                q.AddTrigger(t => t
                    .ForJob(CubeRollupJob.Key)
                    .WithIdentity("cube-rollup-schedule", "sermo")
                    .WithCronSchedule(rollupCron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
                // Stale past reports (privacy rule 3) are re-rendered on the same beat as the rollup.
                q.AddTrigger(t => t
                    .ForJob(ClientReportRerenderJob.Key)
                    .WithIdentity("client-report-rerender-schedule", "sermo")
                    .WithCronSchedule(rollupCron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });
        // Drain on shutdown: a running rollup or report finishes before the host exits.
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<ReportScheduleRegistrar>();
        return builder;
    }
}
