using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sermo.Ingest;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// The days a verb's day option (<c>report --as-of</c>, <c>heatmap --from/--to</c>, <c>topics emerging --week</c>) may name: the days a post may carry,
/// from <c>Ingest:EarliestPostDate</c> to tomorrow. Outside it nothing can be found, and the fuzz run's
/// <c>report --as-of 0001-01-01</c> and <c>9999-12-31</c> ran for minutes before they were killed: bad input, exit 2.
/// </summary>
internal static class DayOptionWindow
{
    public static DateOnly? Check(string option, DateOnly? day, IServiceProvider services)
    {
        if (day is not { } value)
        {
            return null;
        }

        var earliest = services.GetRequiredService<IOptions<IngestOptions>>().Value.EarliestPostDate;
        var tomorrow = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddDays(1);
        if (value < earliest || value > tomorrow)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"{option} {value:yyyy-MM-dd} is outside {earliest:yyyy-MM-dd}..{tomorrow:yyyy-MM-dd}, the days a post may carry (Ingest:EarliestPostDate to tomorrow)."));
        }

        return value;
    }
}
