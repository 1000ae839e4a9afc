namespace Sermo.Reports.Charts;

/// <summary>Text from data (client names, watchlist terms) made safe to draw: no control characters, long labels cut.</summary>
internal static class ChartText
{
    /// <summary>Longer term labels are cut with an ellipsis so one label cannot push the grid off the figure.</summary>
    public const int MaxLabelChars = 40;

    /// <summary>Control characters draw as boxes in a PNG and cannot be carried by XML in an SVG, so they are dropped.</summary>
    public static string Clean(string text) =>
        text.Any(char.IsControl) ? new string(text.Where(c => !char.IsControl(c)).ToArray()) : text;

    public static string Label(string text, int maxChars = MaxLabelChars)
    {
        var clean = Clean(text);
        return clean.Length <= maxChars ? clean : string.Concat(clean.AsSpan(0, maxChars - 1), "…");
    }
}
