namespace Sermo.Storage.ReportRuns;

/// <summary>
/// Report folders in the run history become relative to the outbox (<c>client/report-period</c>): earlier releases
/// stored absolute paths, so a data folder moved elsewhere listed no report at all. An absolute path keeps its last two
/// segments (the outbox's layout is always outbox/client/report-period). SQLite has no split function: <c>rtrim(p,
/// replace(p, '/', ''))</c> is p up to its last '/', which peels one segment at a time.
/// </summary>
internal static class SqliteReportFoldersMigration
{
    private const string LastTwoSegments = """
        substr(rtrim(rtrim(folder, replace(folder, '/', '')), '/'),
               length(rtrim(rtrim(rtrim(folder, replace(folder, '/', '')), '/'), replace(rtrim(rtrim(folder, replace(folder, '/', '')), '/'), '/', ''))) + 1)
        || '/' || substr(folder, length(rtrim(folder, replace(folder, '/', ''))) + 1)
        """;

    public const string Step = $"""
        UPDATE report_run_inputs SET folder = replace(folder, '\', '/') WHERE folder GLOB '[A-Za-z]:\*';
        UPDATE report_runs SET folder = replace(folder, '\', '/') WHERE folder GLOB '[A-Za-z]:\*';
        UPDATE report_run_inputs SET folder = {LastTwoSegments} WHERE folder GLOB '/*' OR folder GLOB '[A-Za-z]:/*';
        UPDATE report_runs SET folder = {LastTwoSegments} WHERE folder GLOB '/*' OR folder GLOB '[A-Za-z]:/*';
        """;
}
