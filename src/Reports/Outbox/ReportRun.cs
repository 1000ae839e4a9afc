namespace Sermo.Reports.Outbox;

/// <summary>A published report run: its folder in the outbox and the files the manifest lists.</summary>
public sealed record ReportRun(string Folder, IReadOnlyList<ReportFile> Files, DateTimeOffset GeneratedAt)
{
    public string ManifestPath => Path.Combine(Folder, ReportWriter.ManifestFileName);
}

/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record ReportFile(string Name, long Bytes, string Sha256);
