namespace Sermo.Reports.Html;

/// <summary>
/// The report's only stylesheet, inlined. Print rules keep tables, excerpts and section headings whole across PDF
/// pages; the charts' SVG scale to the page width through their viewBox.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { --ink: #1f2933; --muted: #616e7c; --rule: #d9e2ec; --accent: #800026; --band: #f5f7fa; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 24px 32px; font: 13px/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        header.title-block { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 18px; }
        .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 11px; color: var(--muted); }
        h1 { font-size: 24px; margin: 4px 0 10px; }
        h2 { font-size: 17px; margin: 26px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 14px; margin: 14px 0 6px; break-after: avoid; page-break-after: avoid; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 16px; margin: 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; font-weight: 600; }
        .kpis { display: flex; gap: 12px; margin: 8px 0 4px; break-inside: avoid; page-break-inside: avoid; }
        .kpi { flex: 1; background: var(--band); border-radius: 4px; padding: 8px 12px; }
        .kpi .value { font-size: 20px; font-weight: 700; }
        .kpi .label { color: var(--muted); font-size: 11px; }
        figure.chart { margin: 0 0 12px; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { max-width: 100%; height: auto; display: block; }
        .columns { display: flex; gap: 24px; align-items: flex-start; }
        .columns > div { flex: 1; }
        table { border-collapse: collapse; width: 100%; break-inside: avoid; page-break-inside: avoid; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
        th { background: var(--band); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.withheld { color: var(--muted); font-style: italic; }
        .up { color: #1a7f37; } .down { color: #b42318; }
        p.note, .empty { color: var(--muted); font-size: 11px; margin: 6px 0; }
        blockquote { margin: 0 0 8px; padding: 6px 12px; border-left: 3px solid var(--rule); background: var(--band); break-inside: avoid; page-break-inside: avoid; }
        blockquote .when { display: block; color: var(--muted); font-size: 11px; }
        section.excerpts-term { break-inside: avoid; page-break-inside: avoid; }
        footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 11px; }
        @media print {
          body { padding: 0; }
          h2 { margin-top: 14px; }
          /* Title block + heat map on the first landscape page: the map shrinks to the height left, keeping its aspect. */
          figure.heatmap svg { max-height: 112mm; width: auto; }
          /* One line chart per landscape page at most, never cut. */
          figure.chart:not(.heatmap) svg { max-height: 150mm; width: auto; }
        }
        """;
}
