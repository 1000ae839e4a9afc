using System.ComponentModel.DataAnnotations;

namespace Sermo.Worker.Jobs;

public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Quartz cron for the cube rollup; every five minutes by default.</summary>
    [Required]
    public string RollupCron { get; set; } = "0 0/5 * * * ?";
}
