using Sermo.Storage.Cube;

namespace Sermo.Reports.Rerendering;

/// <summary>
/// Where an excerpt section's quotes came from, kept with a run so a re-render can refill the section from the same
/// cell after a quoted post is withdrawn (docs/privacy.md P5, decision 105): the row's match words and segment, the one
/// cell it quoted (its bucket, and its days inside the period), and how many quotes it showed.
/// </summary>
/// <param name="Quiet">The run fell in a trial embargo's quiet window, whose quote filter the re-render does not have; such a section is not refilled.</param>
public sealed record ExcerptSource(
    IReadOnlyList<string> Matches,
    SegmentBy Segment,
    string? SegmentValue,
    DateOnly Bucket,
    DateOnly From,
    DateOnly To,
    int Count,
    bool Quiet);
