namespace Sermo.Reports.Outbox;

/// <summary>A published report run: its folder in the outbox, the files the manifest lists, and formats left out.</summary>
public sealed record ReportRun(string Folder, IReadOnlyList<ReportFile> Files, DateTimeOffset GeneratedAt, IReadOnlyList<SkippedFormat> Skipped)
{
    public string ManifestPath => Path.Combine(Folder, ReportWriter.ManifestFileName);
}

/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record ReportFile(string Name, long Bytes, string Sha256);

/// <summary>A format the definition asked for that this machine cannot produce; <paramref name="Reason"/> says what to install.</summary>
public sealed record SkippedFormat(string Format, string Reason);
