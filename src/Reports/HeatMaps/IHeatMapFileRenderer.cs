using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.HeatMaps;

/// <summary>One file of a heat-map report (CSV, SVG, later XLSX and HTML). The outbox writer runs every registered one.</summary>
public interface IHeatMapFileRenderer
{
    /// <summary>File name inside the report folder, e.g. "heatmap.csv".</summary>
    string FileName { get; }

    void Render(HeatMap heatMap, string clientName, Stream output);
}
