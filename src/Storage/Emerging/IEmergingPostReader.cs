using Sermo.Analytics.Emerging;

namespace Sermo.Storage.Emerging;

/// <summary>The posts of a day range as the emerging-topic count reads them (author key, day, specialty, text, entities).</summary>
public interface IEmergingPostReader
{
    /// <summary>Every stored post from <paramref name="from"/> to <paramref name="to"/>, both inclusive, oldest day first.</summary>
    IAsyncEnumerable<EmergingPost> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The day of the newest stored post; null when there is none.</summary>
    Task<DateOnly?> LatestDayAsync(CancellationToken cancellationToken);
}
