namespace Sermo.Reports.Outbox;

/// <summary>
/// How the run history names a report folder: relative to the outbox (<c>client/report-period</c>, '/'-separated),
/// so a data folder that is moved, restored elsewhere or mounted at another path still finds its reports. Absolute
/// paths, as earlier releases stored them, are rewritten by a migration.
/// </summary>
public static class OutboxPaths
{
    public static string Relative(string outboxRoot, string folder) =>
        Path.GetRelativePath(Path.GetFullPath(outboxRoot), Path.GetFullPath(folder)).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The folder a stored name means under <paramref name="outboxRoot"/>; null if it would leave the outbox.</summary>
    public static string? Resolve(string outboxRoot, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var root = Path.GetFullPath(outboxRoot);
        var full = Path.GetFullPath(Path.Combine(root, stored.Replace('/', Path.DirectorySeparatorChar)));
        return Path.IsPathRooted(stored) || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? null : full;
    }
}
