namespace Sermo.Reports.Rendering;

/// <summary>One file of a report run. The outbox writer runs the renderers whose format the report definition lists.</summary>
public interface IReportFileRenderer
{
    /// <summary>The format name report definitions use: csv, xlsx, html, pdf, png or svg.</summary>
    string Format { get; }

    /// <summary>File name inside the report folder, e.g. "heatmap.csv".</summary>
    string FileName { get; }

    /// <exception cref="RendererUnavailableException">A tool this format needs is not installed; the run goes on without the file.</exception>
    Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken);
}

/// <summary>A format cannot be produced on this machine; the message says exactly what to install.</summary>
public sealed class RendererUnavailableException(string message) : Exception(message);
