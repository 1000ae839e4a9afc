namespace Sermo.Analytics.Mnpi;

/// <summary>A scheduled trial readout and the quiet window around it: <see cref="DaysBefore"/> days before to <see cref="DaysAfter"/> days after.</summary>
public sealed record ScheduledReadout(DateOnly Date, int DaysBefore, int DaysAfter)
{
    public DateOnly QuietFrom => Date.AddDays(-DaysBefore);

    public DateOnly QuietTo => Date.AddDays(DaysAfter);
}
